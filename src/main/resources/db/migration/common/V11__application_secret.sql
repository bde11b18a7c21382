-- Keys the application makes for itself when none is configured (TRIBUNE_SECRET), kept in the
-- shared database so that every node signs and checks links with the same one. IF NOT EXISTS: the
-- newsletter's signed links may have created this very table already.
CREATE TABLE IF NOT EXISTS application_secret (
    name        VARCHAR(64)  NOT NULL,
    secret      VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_application_secret PRIMARY KEY (name)
);
