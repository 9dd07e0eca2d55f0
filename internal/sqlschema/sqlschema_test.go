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
CREATE TABLE `+"`tags`"+` (
  `+"`id`"+` int NOT NULL AUTO_INCREMENT,
  `+"`name`"+` varchar(64) NOT NULL,
  PRIMARY KEY (`+"`id`"+`),
  UNIQUE KEY `+"`uk_name`"+` (`+"`name`"+`)
);
`, "001_init.up.sql")
	want := map[string][][]string{
		"users":    {{"id"}, {"email"}, {"org_id", "handle"}},
		"settings": {{"key"}},
		"members":  {{"email"}},
		"tags":     {{"id"}, {"name"}},
	}
	if !reflect.DeepEqual(s.Keys, want) {
		t.Errorf("keys:\n got %v\nwant %v", s.Keys, want)
	}
}

// TestKeysNear reads a golang-migrate tree under persistence/ from a
// model's package further down the module, and nothing for a table the
// SQL does not declare a key on.
func TestKeysNear(t *testing.T) {
	root := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
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
}
