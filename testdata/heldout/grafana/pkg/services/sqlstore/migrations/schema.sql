-- Equivalent SQL (SQLite flavour) of the tables involved in the catalogued
-- sites, as Grafana's migrator declares them in pkg/services/sqlstore/migrations.
-- Only the columns used by the reproductions and every index are listed; the
-- index names are those the migrator generates (UQE_<table>_<cols>, IDX_...).
-- Upstream evidence (file:line of the index declaration) is given above each.

-- org_mig.go:9 (id PK), :24-25 "add unique index org.name"
CREATE TABLE org (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  address1 TEXT NULL, address2 TEXT NULL, city TEXT NULL, state TEXT NULL,
  zip_code TEXT NULL, country TEXT NULL, billing_email TEXT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL
);
CREATE UNIQUE INDEX UQE_org_name ON org (name);

-- org_mig.go:39-40 "add unique index org_user_aid_uid"
CREATE TABLE org_user (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  org_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  role TEXT NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL
);
CREATE UNIQUE INDEX UQE_org_user_org_id_user_id ON org_user (org_id, user_id);

-- user_mig.go:53-79 (userV2, Indices login / email UniqueIndex at :73-74,
-- created by addTableIndicesMigrations :79); later "Add unique index user_uid".
-- The user store lower-cases login and email before LoginConflict and Insert.
CREATE TABLE "user" (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  version INTEGER NOT NULL,
  login TEXT NOT NULL,
  email TEXT NOT NULL,
  name TEXT NULL,
  password TEXT NULL, salt TEXT NULL, rands TEXT NULL, company TEXT NULL,
  org_id INTEGER NOT NULL,
  is_admin INTEGER NOT NULL,
  email_verified INTEGER NULL,
  theme TEXT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  help_flags1 INTEGER NOT NULL DEFAULT 0,
  last_seen_at DATETIME NULL,
  is_disabled INTEGER NOT NULL DEFAULT 0,
  is_service_account INTEGER DEFAULT 0,
  uid TEXT NULL,
  is_provisioned INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX UQE_user_login ON "user" (login);
CREATE UNIQUE INDEX UQE_user_email ON "user" (email);
CREATE INDEX IDX_user_login_email ON "user" (login, email);
CREATE UNIQUE INDEX UQE_user_uid ON "user" (uid);

-- team_mig.go:15-18, :25 "add unique index team_org_id_name"
CREATE TABLE team (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  name TEXT NOT NULL,
  org_id INTEGER NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  email TEXT NULL,
  uid TEXT NULL,
  external_uid TEXT NULL,
  is_provisioned INTEGER NULL
);
CREATE INDEX IDX_team_org_id ON team (org_id);
CREATE UNIQUE INDEX UQE_team_org_id_name ON team (org_id, name);

-- team_mig.go:37-40, :47 "add unique index team_member_org_id_team_id_user_id"
CREATE TABLE team_member (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  org_id INTEGER NOT NULL,
  team_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  external INTEGER NULL,
  permission INTEGER NULL,
  uid TEXT NULL
);
CREATE INDEX IDX_team_member_org_id ON team_member (org_id);
CREATE UNIQUE INDEX UQE_team_member_org_id_team_id_user_id ON team_member (org_id, team_id, user_id);

-- preferences_mig.go:13-29 (preferencesV2, Indices :26-28 are plain indexes on
-- org_id and on user_id) and the later "Add preferences index org_id" /
-- "Add preferences index user_id" migrations: NO unique index on
-- (org_id, user_id, team_id) anywhere in the file.
CREATE TABLE preferences (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  org_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  home_dashboard_id INTEGER NOT NULL,
  timezone TEXT NOT NULL,
  theme TEXT NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  team_id INTEGER NULL,
  week_start TEXT NULL,
  json_data TEXT NULL,
  home_dashboard_uid TEXT NULL
);
CREATE INDEX IDX_preferences_org_id ON preferences (org_id);
CREATE INDEX IDX_preferences_user_id ON preferences (user_id);

-- apikey_mig.go:57-64 (v2 table, "add index api_key.key v2" unique,
-- "add index api_key.org_id_name" unique)
CREATE TABLE api_key (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  org_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  role TEXT NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL,
  expires INTEGER NULL,
  service_account_id INTEGER NULL,
  last_used_at DATETIME NULL,
  is_revoked INTEGER NULL
);
CREATE INDEX IDX_api_key_org_id ON api_key (org_id);
CREATE UNIQUE INDEX UQE_api_key_key ON api_key (key);
CREATE UNIQUE INDEX UQE_api_key_org_id_name ON api_key (org_id, name);

-- quota_mig.go:20-22 (Indices: org_id, user_id, target UniqueIndex)
CREATE TABLE quota (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  org_id INTEGER NULL,
  user_id INTEGER NULL,
  target TEXT NOT NULL,
  "limit" INTEGER NOT NULL,
  created DATETIME NOT NULL,
  updated DATETIME NOT NULL
);
CREATE UNIQUE INDEX UQE_quota_org_id_user_id_target ON quota (org_id, user_id, target);

-- tag_mig.go:13-14 (Indices key, value UniqueIndex)
CREATE TABLE tag (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL
);
CREATE UNIQUE INDEX UQE_tag_key_value ON tag (key, value);

-- star_mig.go:19-20 (Indices user_id, dashboard_id UniqueIndex); columns
-- dashboard_uid, org_id, updated added later in the same file.
CREATE TABLE star (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  user_id INTEGER NOT NULL,
  dashboard_id INTEGER NOT NULL,
  dashboard_uid TEXT NULL,
  org_id INTEGER NULL DEFAULT 1,
  updated DATETIME NULL
);
CREATE UNIQUE INDEX UQE_star_user_id_dashboard_id ON star (user_id, dashboard_id);

-- anonservice/migrations.go:16-18 (device_id UniqueIndex, updated_at index)
CREATE TABLE anon_device (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  client_ip TEXT NOT NULL,
  created_at DATETIME NOT NULL,
  device_id TEXT NOT NULL,
  updated_at DATETIME NOT NULL,
  user_agent TEXT NOT NULL
);
CREATE UNIQUE INDEX UQE_anon_device_device_id ON anon_device (device_id);
CREATE INDEX IDX_anon_device_updated_at ON anon_device (updated_at);

-- playlist: identity id; uid generated fresh per insert (playlist_mig.go was
-- not read for this catalogue; only the plain insert shape matters).
CREATE TABLE playlist (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  name TEXT NOT NULL,
  interval TEXT NOT NULL,
  org_id INTEGER NOT NULL,
  uid TEXT NOT NULL DEFAULT 0
);
CREATE TABLE playlist_item (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  playlist_id INTEGER NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  title TEXT NOT NULL,
  "order" INTEGER NOT NULL
);
