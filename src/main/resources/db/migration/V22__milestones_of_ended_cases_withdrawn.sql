-- A milestone still ahead when its case ended will never fall due: withdrawn (as CaseStore.end now
-- does), it no longer counts as missed on the console. One already past its date and not met when
-- the case ended stays as it was, missed.
UPDATE case_milestone
SET status = 'WITHDRAWN'
WHERE status = 'PLANNED'
  AND actual_date IS NULL
  AND EXISTS (SELECT 1 FROM commissioning_case c
              WHERE c.id = case_milestone.case_id
                AND c.status IN ('CLOSED', 'CANCELLED')
                AND (case_milestone.target_date IS NULL OR c.actual_end_date IS NULL
                     OR case_milestone.target_date >= c.actual_end_date));
