-- A case stores the code of its stage (what the diagrams declare); the label people read comes
-- from the programme. Dental cases opened before stored the label.
UPDATE commissioning_case SET current_stage = CASE current_stage
    WHEN 'Oral health needs assessment'     THEN 'needs-assessment'
    WHEN 'Lot design'                       THEN 'lot-design'
    WHEN 'Business case'                    THEN 'business-case'
    WHEN 'Finance check'                    THEN 'finance-check'
    WHEN 'Business case approval'           THEN 'business-case-approval'
    WHEN 'PSR route decision'               THEN 'psr-route'
    WHEN 'Procurement'                      THEN 'procurement'
    WHEN 'Mobilisation'                     THEN 'mobilisation'
    WHEN 'Handover to contract management'  THEN 'handover'
    WHEN 'Contract management'              THEN 'contract-management'
    WHEN 'Procurement not needed'           THEN 'not-needed'
    WHEN 'Procurement stopped'              THEN 'stopped'
    WHEN 'No contract awarded'              THEN 'no-award'
    ELSE current_stage END
WHERE programme = 'DENTAL_PROCUREMENT';

CREATE INDEX ix_case_programme_stage ON commissioning_case (programme, current_stage);
