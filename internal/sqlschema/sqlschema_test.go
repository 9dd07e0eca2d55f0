package sqlschema

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestSQLSchemaRead(t *testing.T) {
	s := &Schema{Keys: map[string][][]string{}, Where: map[string]string{}}
	s.Read(`
CREATE TABLE IF NOT EXISTS "public"."users" (
  id BIGSERIAL PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  unique_code TEXT,
  org_id BIGINT REFERENCES orgs(id),
  CONSTRAINT users_org_handle UNIQUE (org_id, handle)
);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_settings_key ON settings USING btree (key);
CREATE UNIQUE INDEX idx_lower ON accounts (lower(email));
CREATE UNIQUE INDEX idx_live ON tokens (value) WHERE deleted_at IS NULL;
CREATE INDEX idx_plain ON notes (day);
ALTER TABLE members ADD CONSTRAINT members_email UNIQUE (email);
ALTER TABLE users
    ADD COLUMN apple_id VARCHAR(128) UNIQUE;
ALTER TABLE members ADD COLUMN IF NOT EXISTS nick NUMERIC(10, 2) DEFAULT 0 UNIQUE;
ALTER TABLE members ADD COLUMN note TEXT;
CREATE TABLE `+"`tags`"+` (
  `+"`id`"+` int NOT NULL AUTO_INCREMENT,
  `+"`name`"+` varchar(64) NOT NULL,
  PRIMARY KEY (`+"`id`"+`),
  UNIQUE KEY `+"`uk_name`"+` (`+"`name`"+`)
);
`, "001_init.up.sql")
	want := map[string][][]string{
		"users":    {{"apple_id"}, {"id"}, {"email"}, {"org_id", "handle"}},
		"settings": {{"key"}},
		"members":  {{"email"}, {"nick"}},
		"tags":     {{"id"}, {"name"}},
	}
	if !reflect.DeepEqual(s.Keys, want) {
		t.Errorf("keys:\n got %v\nwant %v", s.Keys, want)
	}
}

// TestKeysNear reads a golang-migrate tree under persistence/ from a
// model's package further down the module, and nothing for a table the
// SQL does not declare a key on.
func TestSQLSchemaPartialAndDefaults(t *testing.T) {
	s := &Schema{Keys: map[string][][]string{}, Where: map[string]string{}, Partial: map[string][]PartialKey{}, Defaults: map[string]map[string]string{}}
	s.Read(`
CREATE TABLE IF NOT EXISTS referral_codes
(
    code       VARCHAR(255) NOT NULL,
    user_id    BIGINT       NOT NULL,
    is_active  BOOLEAN      NOT NULL DEFAULT TRUE,
    kind       TEXT         DEFAULT 'plain'::text,
    created_at bigint       NOT NULL DEFAULT now_utc_micro_seconds(),
    PRIMARY KEY (code)
);
CREATE UNIQUE INDEX ON referral_codes (user_id, is_active) WHERE (referral_codes.is_active = TRUE);
CREATE UNIQUE INDEX idx_lower ON referral_codes (lower(code)) WHERE is_active;
`, "61_storage_bonus.up.sql")
	wantPartial := []PartialKey{{Columns: []string{"user_id", "is_active"}, Where: "(referral_codes.is_active = TRUE)"}}
	if !reflect.DeepEqual(s.Partial["referral_codes"], wantPartial) {
		t.Errorf("partial keys:\n got %#v\nwant %#v", s.Partial["referral_codes"], wantPartial)
	}
	wantDefaults := map[string]string{"is_active": "true", "kind": "'plain'"}
	if got := s.Defaults["referral_codes"]; !reflect.DeepEqual(got, wantDefaults) {
		t.Errorf("defaults: got %v, want %v", got, wantDefaults)
	}
	if !reflect.DeepEqual(s.Keys["referral_codes"], [][]string{{"code"}}) {
		t.Errorf("keys: got %v", s.Keys["referral_codes"])
	}
}

func TestKeysNear(t *testing.T) {
	root := t.TempDir()
	write := writer(t, root)
	write("go.mod", "module example.com/m\n")
	write("persistence/migrations/admindb/000024_revocation.up.sql",
		"CREATE TABLE IF NOT EXISTS sentry_kubeconfig_revocation (id uuid PRIMARY KEY, organization_id uuid, account_id uuid, UNIQUE (organization_id, account_id));")
	write("persistence/migrations/admindb/000024_revocation.down.sql", "DROP TABLE sentry_kubeconfig_revocation;")
	write("internal/models/models.go", "package models\n")
	model := filepath.Join(root, "internal/models/models.go")
	keys, where, files := KeysNear(model, "sentry_kubeconfig_revocation")
	if len(keys) != 2 || strings.Join(keys[1], ",") != "organization_id,account_id" || where != "000024_revocation.up.sql" || files == 0 {
		t.Errorf("KeysNear = %v, %q, %d files; want [[id] [organization_id account_id]] from 000024_revocation.up.sql", keys, where, files)
	}
	if keys, _, _ := KeysNear(model, "groups"); len(keys) != 0 {
		t.Errorf("KeysNear(groups) = %v, want none", keys)
	}
	// a Go file whose only key is a PRIMARY KEY (dendrite's tables)
	write("storage/postgres/tokens.go", "package postgres\n\nconst schema = `\nCREATE TABLE IF NOT EXISTS tokens (\n\ttoken TEXT PRIMARY KEY,\n\tpending BIGINT\n);\n`\n")
	if keys, _, _ := KeysNear(filepath.Join(root, "storage/postgres/tokens.go"), "tokens"); len(keys) != 1 || strings.Join(keys[0], ",") != "token" {
		t.Errorf("KeysNear(tokens) = %v, want [[token]]", keys)
	}
}

// TestKeysNearBesideCode: SQL in a directory of no Go code but what
// embeds it (docker/initsql/) is read; SQL under another package's
// directory of Go code is not.
func TestKeysNearBesideCode(t *testing.T) {
	root := t.TempDir()
	write := writer(t, root)
	write("go.mod", "module example.com/m\n")
	write("svc/models/models.go", "package models\n")
	write("svc/docker/initsql/a.sql", "CREATE TABLE users (id bigint, username varchar(64), UNIQUE KEY (username));")
	write("svc/docker/initsql/embed.go", "package initsql\n")
	write("svc/other/store.go", "package other\n\nfunc Open() {}\n")
	write("svc/other/migrations/1.sql", "CREATE UNIQUE INDEX notes_title ON notes (title);")
	model := filepath.Join(root, "svc/models/models.go")
	if keys, where, _ := KeysNear(model, "users"); len(keys) != 1 || strings.Join(keys[0], ",") != "username" || where != "a.sql" {
		t.Errorf("KeysNear(users) = %v from %q, want [[username]] from a.sql", keys, where)
	}
	if keys, _, _ := KeysNear(model, "notes"); len(keys) != 0 {
		t.Errorf("KeysNear(notes) = %v, want none: another package's SQL", keys)
	}
}

// writer returns a function that writes a file under root.
func writer(t *testing.T, root string) func(rel, text string) {
	return func(rel, text string) {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
