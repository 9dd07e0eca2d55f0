package sqlschema

import (
	"reflect"
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
