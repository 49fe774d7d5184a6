-- Per-item records: what KPIs count and filter gets typed columns, not fields of the details document.

-- What each lot buys, as its programme designed it: the programme's codes (such as orthodontic and
-- pds for a dental lot) and the activity contracted a year. Empty for lots designed before these
-- existed, and for programmes whose lots have no service type or activity.
ALTER TABLE procurement_lot ADD COLUMN service_type VARCHAR(40);
ALTER TABLE procurement_lot ADD COLUMN contract_form VARCHAR(40);
ALTER TABLE procurement_lot ADD COLUMN contracted_udas INTEGER;
ALTER TABLE procurement_lot ADD COLUMN contracted_uoas INTEGER;
ALTER TABLE procurement_lot ADD CONSTRAINT ck_lot_contracted_udas CHECK (contracted_udas >= 0);
ALTER TABLE procurement_lot ADD CONSTRAINT ck_lot_contracted_uoas CHECK (contracted_uoas >= 0);
