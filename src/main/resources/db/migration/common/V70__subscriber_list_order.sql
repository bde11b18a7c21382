-- The back office's subscriber list: newest first by default, and filtered by date of subscription.
CREATE INDEX ix_subscriber_created ON subscriber (created_at, id);
