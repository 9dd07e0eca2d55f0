package gormorm

import (
	"slices"
	"testing"
)

func TestColumnName(t *testing.T) {
	for in, want := range map[string]string{
		"ID":         "id",
		"UserID":     "user_id",
		"HTTPCode":   "http_code",
		"ExternalID": "external_id",
		"APIKey":     "api_key",
		"CreatedAt":  "created_at",
		"Name":       "name",
		"OrgUUID":    "org_uuid",
		"V2Token":    "v2_token",
		"SKU":        "sku",
		"Email":      "email",
	} {
		if got := ColumnName(in); got != want {
			t.Errorf("ColumnName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSQLKey(t *testing.T) {
	for in, want := range map[string][]string{
		"email = ?":                        {"email"},
		"org_id = ? AND user_id = ?":       {"org_id", "user_id"},
		"`users`.`email`=?":                {"email"},
		`"users"."email" = ? and name = ?`: {"email", "name"},
		"(email = ?)":                      {"email"},
		"email = ? OR phone = ?":           nil,
		"LOWER(email) = ?":                 nil,
		"email LIKE ?":                     nil,
		"email = ? AND deleted_at IS NULL": {"email"},
		"filename = ? AND key_type IN ?":   {"filename"},
		"email = ? AND (a = ? OR b = ?)":   {"email"},
		"email = ? AND a = ? OR b = ?":     nil,
		"x BETWEEN ? AND ? AND email = ?":  {"email"},
		"'a and b' = ? AND email = ?":      {"email"},
		"id > ?":                           nil,
		"email = 'x'":                      nil,
	} {
		got, ok := sqlKey(in)
		if ok != (want != nil) || !slices.Equal(got, want) {
			t.Errorf("sqlKey(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
}

func TestParseTag(t *testing.T) {
	got := parseTag("type:varchar(100);uniqueIndex:idx_a,sort:desc;not null;column:mail", ";")
	want := map[string]string{"TYPE": "varchar(100)", "UNIQUEINDEX": "idx_a,sort:desc", "NOT NULL": "NOT NULL", "COLUMN": "mail"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("parseTag: %s = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
}

func TestSQLKeyArgs(t *testing.T) {
	for in, want := range map[string][]int{
		"email = ?":                       {0, 1},
		"filename = ? AND key_type IN ?":  {0, 2},
		"x BETWEEN ? AND ? AND email = ?": {2, 3},
		"a IN ? AND b = ? AND c = ?":      {1, 2, 3},
	} {
		_, got, ok := sqlKeyArgs(in)
		if !ok || !slices.Equal(got, want) {
			t.Errorf("sqlKeyArgs(%q) args = %v, %v; want %v", in, got, ok, want)
		}
	}
}
