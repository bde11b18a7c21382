-- Content changes committed on one node, read by the others so that their page caches and search
-- indexes follow (see app.tribune.cluster). Rows live a few minutes.
CREATE SEQUENCE content_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE content_change (
    id              BIGINT      NOT NULL,
    node            VARCHAR(64) NOT NULL,
    article_id      BIGINT,
    article_deleted BOOLEAN     DEFAULT FALSE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_content_change PRIMARY KEY (id)
);
CREATE INDEX ix_content_change_recorded_at ON content_change (recorded_at);
