-- The back office's article list: every filter combination sorts by the last change by default,
-- and the status filter is the one editors use most.
CREATE INDEX ix_article_updated_at ON article (updated_at DESC, id DESC);
CREATE INDEX ix_article_status_updated_at ON article (status, updated_at DESC, id DESC);
CREATE INDEX ix_article_type_updated_at ON article (type, updated_at DESC, id DESC);
CREATE INDEX ix_article_created_by ON article (created_by, updated_at);

-- Work that must run on one node only: a node takes the row by moving locked_until forward, with
-- an UPDATE that matches only when the previous holder's time is up.
CREATE TABLE scheduler_lock (
    name          VARCHAR(64)  NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by     VARCHAR(128),
    CONSTRAINT pk_scheduler_lock PRIMARY KEY (name)
);
INSERT INTO scheduler_lock (name, locked_until) VALUES
    ('article-schedule', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00');
