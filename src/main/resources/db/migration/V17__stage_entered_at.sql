-- When a case entered its current stage: how long it has waited there, for the stage-duration
-- metrics and the programme boards. Cases opened before take their latest stage change, or their
-- opening when they never changed stage.
ALTER TABLE commissioning_case ADD COLUMN stage_entered_at TIMESTAMP WITH TIME ZONE;

UPDATE commissioning_case SET stage_entered_at = COALESCE(
    (SELECT MAX(e.occurred_at) FROM case_event e
      WHERE e.case_id = commissioning_case.id AND e.event_type = 'STAGE_CHANGED'),
    created_at);

ALTER TABLE commissioning_case ALTER COLUMN stage_entered_at SET NOT NULL;
