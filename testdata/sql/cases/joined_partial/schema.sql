CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);
CREATE TABLE auth (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, type TEXT NOT NULL, provider TEXT NOT NULL, auth_key TEXT NOT NULL);
-- one identity per provider among the plugins' only: a partial index
CREATE UNIQUE INDEX auth_plugin_identity ON auth (provider, auth_key) WHERE type = 'plugin';
