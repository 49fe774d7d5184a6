-- The leads' weekly digest: one row per lead and week, written in the same transaction as the
-- email's outbox message. The key is what sends it once: a second node writing the same lead and
-- week fails on it and sends nothing.
CREATE TABLE digest_sent (
    user_id        VARCHAR(100)  NOT NULL,
    week_starting  DATE          NOT NULL,
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, week_starting)
);

-- The digest reads a week of the event log across every case.
CREATE INDEX ix_event_occurred ON case_event (occurred_at, event_type);
