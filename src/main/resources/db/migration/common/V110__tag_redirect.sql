-- The addresses of tags merged into others: /tag/{slug} of a merged tag answers 301 to the tag
-- that absorbed it, so links and search engines keep finding its articles.
CREATE TABLE tag_redirect (
    slug    VARCHAR(120) NOT NULL,
    tag_id  BIGINT       NOT NULL,
    CONSTRAINT pk_tag_redirect PRIMARY KEY (slug),
    -- Deleting the absorbing tag leaves nothing to point to.
    CONSTRAINT fk_tag_redirect_tag FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE CASCADE
);
CREATE INDEX ix_tag_redirect_tag ON tag_redirect (tag_id);
