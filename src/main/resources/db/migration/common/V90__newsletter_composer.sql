-- The composer (app.tribune.newsletter.composing): a preheader, the line mail programs show beside
-- the subject, and the time a ready issue is scheduled to start sending.
ALTER TABLE newsletter_issue ADD COLUMN preheader VARCHAR(200);
ALTER TABLE newsletter_issue ADD COLUMN send_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_newsletter_issue_send_at ON newsletter_issue (send_at);

-- Scheduled issues are started by one node at a time.
INSERT INTO scheduler_lock (name, locked_until) VALUES
    ('newsletter-schedule', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00');
