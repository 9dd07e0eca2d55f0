package sqlorm

import (
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		sql  string
		want Stmt
	}{
		{`SELECT id, name FROM users WHERE email = $1`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "users", Key: []string{"email"}, Vals: []Param{{Index: 0}}}},
		{"SELECT `id` FROM `app`.`users` u WHERE u.org_id = ? AND u.`handle` = ? AND deleted_at IS NULL LIMIT 1",
			Stmt{Kind: Select, Verb: "SELECT", Table: "users", Key: []string{"org_id", "handle"}, Vals: []Param{{Index: 0}, {Index: 1}}, Pins: map[string]string{"deleted_at": "null"}}},
		{`SELECT COUNT(*) FROM tags WHERE name = $2 AND owner = $1`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "tags", Count: true, Key: []string{"name", "owner"}, Vals: []Param{{Index: 1}, {Index: 0}}}},
		{`SELECT COUNT(s.id) AS count FROM subs s WHERE s.project_id = $1 AND s.endpoint_id = $2`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "subs", Count: true, Key: []string{"project_id", "endpoint_id"}, Vals: []Param{{Index: 0}, {Index: 1}}}},
		{`SELECT COUNT(*) total FROM subs WHERE project_id = $1`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "subs", Count: true, Key: []string{"project_id"}, Vals: []Param{{Index: 0}}}},
		{`SELECT EXISTS(SELECT 1 FROM follows WHERE a = $1 AND b = $2)`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "follows", Exists: true, Key: []string{"a", "b"}, Vals: []Param{{Index: 0}, {Index: 1}}}},
		{`SELECT true FROM users WHERE username=LOWER($1) LIMIT 1`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "users", True: true, Key: []string{"username"}, Vals: []Param{{Index: 0}}}},
		{`SELECT id FROM users WHERE lower(email) = lower($1)`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "users", Key: []string{"email"}, Vals: []Param{{Index: 0}}}},
		{`SELECT id FROM users WHERE length(email) = $1`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "users", KeyErr: "the condition pins no column by equality (column = ?) in a conjunction"}},
		{`SELECT id FROM users WHERE email = $1 OR name = $2`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "users", KeyErr: "the condition has OR at its top, so it pins no one key"}},
		{`SELECT * FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.id = ?`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "users", Key: []string{"id"}, Vals: []Param{{Index: 0}}}},
		{`SELECT users.id FROM auth, users WHERE auth_key = ? AND auth.type = ? AND users.id = auth.user_id`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "auth", Key: []string{"auth_key", "type"}, Vals: []Param{{Index: 0}, {Index: 1}}}},
		{`SELECT u.id FROM auth a JOIN users u ON u.id = a.user_id WHERE a.type = 'plugin.auth' AND a.key = ? AND u.disabled = false`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "auth", Key: []string{"type", "key"}, Vals: []Param{{Index: constVal}, {Index: 0}}, Pins: map[string]string{"type": "'plugin.auth'"}}},
		{`SELECT u.id FROM auth a JOIN users u ON u.id = a.user_id WHERE a.type = 'plugin.auth' AND a.key = ? AND u.disabled_at IS NULL`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "auth", Key: []string{"type", "key"}, Vals: []Param{{Index: constVal}, {Index: 0}}, Pins: map[string]string{"type": "'plugin.auth'"}}},
		{`SELECT m.* FROM users u LEFT OUTER JOIN members m ON m.user_id = u.id AND m.kind = ? WHERE m.org_id = ? AND m.user_id = ?`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "members", Key: []string{"org_id", "user_id"}, Vals: []Param{{Index: 1}, {Index: 2}}}},
		{`SELECT 1 FROM a JOIN b USING (id) WHERE b.x = $1`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "b", True: true, Key: []string{"x"}, Vals: []Param{{Index: 0}}}},
		{`SELECT m.id FROM members m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND u.email = $2`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "members", KeyErr: "the query joins tables and pins columns of more than one, so its key is not one table's"}},
		{`SELECT a.id FROM a, b WHERE x = $1`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "a", KeyErr: "the query joins tables and does not qualify the columns it pins, so its key is not one table's"}},
		{`SELECT a.id FROM a JOIN (SELECT id FROM b) s ON s.id = a.id WHERE a.x = $1`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "a", KeyErr: "the query joins tables in a way upsertfix does not read, so its key is not one table's"}},
		{`SELECT id FROM settings WHERE key = $1::text AND kind = 'site' FOR UPDATE`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "settings", Key: []string{"key", "kind"}, Vals: []Param{{Index: 0}, {Index: constVal}}, Lock: true, Pins: map[string]string{"kind": "'site'"}}},
		{`INSERT INTO users (email, name, created_at) VALUES ($1, $2, now()) RETURNING id`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "users", Columns: []string{"email", "name", "created_at"}, Values: []Param{{Index: 0}, {Index: 1}, {Index: constVal}}, Rows: 1}},
		{`INSERT INTO users (email) VALUES (?) ON DUPLICATE KEY UPDATE email = email`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "users", Columns: []string{"email"}, Values: []Param{{Index: 0}}, Rows: 1, Atomic: "ON DUPLICATE KEY UPDATE"}},
		{`INSERT INTO tags (name) VALUES ($1) ON CONFLICT (name) DO NOTHING`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "tags", Columns: []string{"name"}, Values: []Param{{Index: 0}}, Rows: 1, Atomic: "ON CONFLICT"}},
		{`INSERT OR IGNORE INTO tags (name) VALUES (?)`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "tags", Columns: []string{"name"}, Values: []Param{{Index: 0}}, Rows: 1, Atomic: "INSERT OR IGNORE"}},
		{`INSERT INTO users (email, name) VALUES (:email, :name)`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "users", Columns: []string{"email", "name"}, Values: []Param{{Index: -1, Name: "email"}, {Index: -1, Name: "name"}}, Rows: 1}},
		{`INSERT INTO tags (name, owner) SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM tags WHERE name = $1 AND owner = $2)`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "tags", Columns: []string{"name", "owner"}, Values: []Param{{Index: 0}, {Index: 1}}, FromSel: true, Atomic: "INSERT ... SELECT ... WHERE NOT EXISTS"}},
		{`INSERT INTO entries (title, hash, feed_id, changed_at) SELECT $1, $2, $3, now() WHERE NOT EXISTS (SELECT 1 FROM entry_tombstones WHERE feed_id=$3 AND hash=$2) RETURNING id`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "entries", Columns: []string{"title", "hash", "feed_id", "changed_at"}, Values: []Param{{Index: 0}, {Index: 1}, {Index: 2}, {Index: constVal}}, FromSel: true}},
		{`INSERT INTO archive (id, name) SELECT id, name FROM users WHERE id = $1`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "archive", Columns: []string{"id", "name"}, Values: []Param{{Index: constVal}, {Index: constVal}}, FromSel: true}},
		{`INSERT INTO t (a) VALUES (?), (?)`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "t", Columns: []string{"a"}, Values: []Param{{Index: 0}}, Rows: 2}},
		{`WITH parts AS (SELECT id FROM partitions WHERE beat > NOW() - INTERVAL '1 minute') INSERT INTO tenant (id, slug) VALUES ($1::uuid, $2::text) RETURNING *`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "tenant", Columns: []string{"id", "slug"}, Values: []Param{{Index: 0}, {Index: 1}}, Rows: 1}},
		{`WITH RECURSIVE a (x) AS MATERIALIZED (SELECT ?), b AS NOT MATERIALIZED (SELECT 2) INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT (a) DO NOTHING`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "t", Columns: []string{"a", "b"}, Values: []Param{{Index: 1}, {Index: 2}}, Rows: 1, Atomic: "ON CONFLICT"}},
		{`WITH a AS (SELECT id FROM users) SELECT id FROM a WHERE id = $1`, Stmt{Kind: Other, Verb: "WITH"}},
		{`UPDATE users SET name = $1 WHERE id = $2`, Stmt{Kind: Write, Verb: "UPDATE"}},
		{`SELECT id FROM notes WHERE title = 'it''s' AND owner = ?`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "notes", Key: []string{"title", "owner"}, Vals: []Param{{Index: constVal}, {Index: 0}}, Pins: map[string]string{"title": "'it's'"}}},
		{`INSERT INTO "Notes" ("Title", owner) VALUES ('a''b', $1)`,
			Stmt{Kind: Insert, Verb: "INSERT", Table: "notes", Columns: []string{"title", "owner"}, Values: []Param{{Index: constVal}, {Index: 0}}, Rows: 1}},
		{`SELECT 1; DROP TABLE users`, Stmt{Kind: Other, Verb: "several statements"}},
		{`-- name: GetUser :one
SELECT id, email FROM users
WHERE email = $1 LIMIT 1`,
			Stmt{Kind: Select, Verb: "SELECT", Table: "users", Key: []string{"email"}, Vals: []Param{{Index: 0}}}},
	} {
		got := Parse(c.sql)
		if !reflect.DeepEqual(*got, c.want) {
			t.Errorf("Parse(%q)\n got %+v\nwant %+v", c.sql, *got, c.want)
		}
	}
}

func TestPins(t *testing.T) {
	for _, tc := range []struct {
		where string
		want  map[string]string
	}{
		{"type = 'plugin.auth'", map[string]string{"type": "'plugin.auth'"}},
		{"(deleted = false)", map[string]string{"deleted": "false"}},
		{"((kind)::text = 'site'::text) AND (deleted_at IS NULL)", map[string]string{"kind": "'site'", "deleted_at": "null"}},
		{"deleted_at IS NOT NULL", nil},
		{"a = 1 OR b = 2", nil},
		{"lower(name) = 'x'", nil},
	} {
		if got := Pins(tc.where); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Pins(%q) = %v, want %v", tc.where, got, tc.want)
		}
	}
}
