-- +goose Up
-- +goose StatementBegin

-- Linked-identity fields for the auth table.
-- (Trimmed copy of owncast persistence/migrations/00004_linked_identities.sql.)
ALTER TABLE auth RENAME COLUMN token TO auth_key;
ALTER TABLE auth ADD COLUMN provider TEXT NOT NULL DEFAULT '';
ALTER TABLE auth ADD COLUMN profile_url TEXT;
ALTER TABLE auth ADD COLUMN handle TEXT;
ALTER TABLE auth ADD COLUMN is_public BOOLEAN NOT NULL DEFAULT FALSE;

DROP INDEX IF EXISTS idx_auth_token;
CREATE INDEX IF NOT EXISTS idx_auth_auth_key ON auth (auth_key);

-- A plugin identity (provider=slug, auth_key=external id) must map to exactly
-- one user, so a concurrent double-registration can't mint two users for the
-- same external identity. Partial to type='plugin.auth': it is the formalized
-- path and has no existing rows (plugin auth has not shipped), so the unique
-- index can never fail to build on legacy data. Built-in IndieAuth/Fediverse
-- linking is guarded by a find-first check in their handlers.
CREATE UNIQUE INDEX IF NOT EXISTS idx_auth_plugin_identity ON auth (provider, auth_key) WHERE type = 'plugin.auth';

-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP INDEX IF EXISTS idx_auth_plugin_identity;
DROP INDEX IF EXISTS idx_auth_auth_key;
-- +goose StatementEnd
