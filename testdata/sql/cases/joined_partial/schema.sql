CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);
CREATE TABLE auth (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, type TEXT NOT NULL, provider TEXT NOT NULL, auth_key TEXT NOT NULL);
-- one identity per provider among the plugins' only: a partial index
CREATE UNIQUE INDEX auth_plugin_identity ON auth (provider, auth_key) WHERE type = 'plugin';
CREATE TABLE codes (code TEXT PRIMARY KEY, user_id INTEGER NOT NULL, active BOOLEAN NOT NULL DEFAULT TRUE);
-- one active code per user (the insert leaves active to its default)
CREATE UNIQUE INDEX codes_one_active ON codes (user_id, active) WHERE active = TRUE;
