-- The language of the back office for each account; French, the organisation's own, by default.
ALTER TABLE account ADD COLUMN language VARCHAR(2) DEFAULT 'fr' NOT NULL;

-- The audit screen filters by action, newest first (by actor has its index already).
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
