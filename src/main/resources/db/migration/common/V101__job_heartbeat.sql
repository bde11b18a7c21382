-- One row per batch job execution, refreshed every few seconds by the node running it (see
-- app.tribune.jobs.Heartbeats). The batch repository keeps saying STARTED for an execution whose
-- node died; the age of its last beat tells such a run from one still going.
CREATE TABLE job_heartbeat (
    execution_id BIGINT       NOT NULL,
    node         VARCHAR(100) NOT NULL,
    beat_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_job_heartbeat PRIMARY KEY (execution_id)
);
CREATE INDEX ix_job_heartbeat_beat_at ON job_heartbeat (beat_at);
