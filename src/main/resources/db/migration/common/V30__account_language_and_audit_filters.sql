-- The language of the back office for each account; French, the organisation's own, by default.
ALTER TABLE account ADD COLUMN language VARCHAR(2) DEFAULT 'fr' NOT NULL;

-- The audit screen filters by who and by what, newest first.
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
