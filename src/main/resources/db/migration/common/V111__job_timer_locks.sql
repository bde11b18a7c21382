-- One row per scheduled job, taken by the first node whose timer fires for a time of the job's
-- calendar (see app.tribune.jobs.JobTimers): the other nodes' timers, firing a little later for the
-- same time, then start nothing, even when the first run is already over.
INSERT INTO scheduler_lock (name, locked_until) VALUES
    ('timer:build-newsletter', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00'),
    ('timer:archive-articles', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00'),
    ('timer:purge-data', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00');
