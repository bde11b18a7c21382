-- The sending job (app.tribune.newsletter.sending) on the issue it sends: the Jakarta Batch
-- execution that sends it, so the back office can show its progress and restart it; how many
-- deliveries a crash left claimed without knowing whether their mail left (never re-sent unless an
-- operator asks); and why the last run stopped, in words an editor can act on.
ALTER TABLE newsletter_issue ADD COLUMN job_execution_id BIGINT;
ALTER TABLE newsletter_issue ADD COLUMN uncertain_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE newsletter_issue ADD COLUMN send_error VARCHAR(1000);
