-- How each email is delivered, fixed when it is enqueued: SMTP (sent by the dispatcher, pending
-- until then) or IN_APP (no SMTP server was configured: the email is kept in the app, read on the
-- outbox page, and never counts as waiting). Emails enqueued before this column existed were all
-- meant for SMTP. Portable SQL: the same script runs on PostgreSQL and on H2.

ALTER TABLE outbox_message ADD COLUMN delivery VARCHAR(16) DEFAULT 'SMTP' NOT NULL;
