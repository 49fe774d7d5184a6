-- Case-level access and separation of duties.

-- People a case involves beyond its named people (an evaluation panel member of a lot): they see
-- the case, as the people it names do.
CREATE TABLE case_participant (
    case_id  BIGINT       NOT NULL REFERENCES commissioning_case (id),
    user_id  VARCHAR(100) NOT NULL,
    part     VARCHAR(200) NOT NULL,
    PRIMARY KEY (case_id, user_id, part)
);

CREATE INDEX ix_participant_user ON case_participant (user_id);
CREATE INDEX ix_named_person_user ON case_named_person (user_id);

-- Which process instance an event happened in (who prepared what an approval signs off), and
-- whether only some of those who see the case may read it (evaluation material of a lot).
ALTER TABLE case_event ADD COLUMN process_instance_id VARCHAR(64);
ALTER TABLE case_event ADD COLUMN restricted_to VARCHAR(80);

CREATE INDEX ix_event_process_instance ON case_event (process_instance_id);

-- A lot's evaluation panel and the role that approves its award: who may read its bids and scores.
ALTER TABLE procurement_lot ADD COLUMN award_approver_role VARCHAR(60);

CREATE TABLE lot_panel_member (
    lot_id   BIGINT       NOT NULL REFERENCES procurement_lot (id),
    user_id  VARCHAR(100) NOT NULL,
    PRIMARY KEY (lot_id, user_id)
);
