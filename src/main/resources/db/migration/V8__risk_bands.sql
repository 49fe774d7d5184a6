-- Risks on the NHS 5x5 matrix: the band of the score is stored beside it, so risk logs filter by it.
ALTER TABLE case_risk ADD COLUMN band VARCHAR(20);

UPDATE case_risk SET band = CASE
    WHEN score <= 3 THEN 'LOW'
    WHEN score <= 7 THEN 'MODERATE'
    WHEN score <= 14 THEN 'HIGH'
    ELSE 'EXTREME' END;

ALTER TABLE case_risk ALTER COLUMN band SET NOT NULL;

CREATE INDEX ix_risk_case_band ON case_risk (case_id, band, status);
