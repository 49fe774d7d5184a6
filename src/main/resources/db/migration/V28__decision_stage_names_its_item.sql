-- A decision's stage names the item it is about as well as the approval step it belongs to:
-- "Go-live (Health and Justice commissioner) — HMP Bristol (Lot 1: Bristol, South Gloucestershire
-- and Wiltshire)". An approval chain's own stage stays within 100 characters; the item gets the rest.
ALTER TABLE case_decision ALTER COLUMN stage SET DATA TYPE VARCHAR(300);
