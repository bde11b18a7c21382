-- One lock row per batch job: the job launcher takes it (see app.tribune.jobs.JobLauncher) while it
-- checks that no run of the job is under way and starts one, so that two starts at the same moment,
-- on one node or on several, make one run.
INSERT INTO scheduler_lock (name, locked_until) VALUES
    ('job:build-newsletter', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00'),
    ('job:send-newsletter', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00'),
    ('job:archive-articles', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00'),
    ('job:purge-data', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00');
