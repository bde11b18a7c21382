-- The bounce mailbox is polled by one node at a time (app.tribune.newsletter.bounce.BounceMailbox).
INSERT INTO scheduler_lock (name, locked_until) VALUES
    ('bounce-mailbox', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00');
