// Package common is convoy's internal/common (pgtype conversion helpers),
// reduced to the helpers used by the reproduced repositories.
package common

import (
	"encoding/json"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgtype"

	"example.com/heldout/convoy/auth"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/third_party/null"
)

func isStringEmpty(s string) bool {
	return len(strings.TrimSpace(s)) == 0
}

// StringToPgTextNullable converts a string to pgtype.Text.
// Empty strings are represented as invalid (NULL in database).
func StringToPgTextNullable(s string) pgtype.Text {
	if isStringEmpty(s) {
		return pgtype.Text{String: "", Valid: false}
	}
	return pgtype.Text{String: s, Valid: true}
}

// StringToPgText converts a string to pgtype.Text for filtering.
func StringToPgText(s string) pgtype.Text {
	return pgtype.Text{String: s, Valid: true}
}

// NullStringToPgText converts null.String to pgtype.Text.
func NullStringToPgText(ns null.String) pgtype.Text {
	return pgtype.Text{String: ns.String, Valid: ns.Valid}
}

// NullTimeToPgTimestamptz converts null.Time to pgtype.Timestamptz.
func NullTimeToPgTimestamptz(t null.Time) pgtype.Timestamptz {
	return pgtype.Timestamptz{Time: t.Time, Valid: t.Valid}
}

// TimeToPgTimestamptz converts time.Time to pgtype.Timestamptz.
func TimeToPgTimestamptz(t time.Time) pgtype.Timestamptz {
	if t.IsZero() {
		return pgtype.Timestamptz{Valid: false}
	}
	return pgtype.Timestamptz{Time: t, Valid: true}
}

// PgInt8ToInt64 converts int8 from pgx to int64.
func PgInt8ToInt64(t pgtype.Int8) int64 {
	if t.Valid {
		return t.Int64
	}
	return 0
}

// BoolToPgBool converts a bool to pgtype.Bool.
func BoolToPgBool(b bool) pgtype.Bool {
	return pgtype.Bool{Bool: b, Valid: true}
}

// RoleToParams converts auth.Role to database column parameters.
func RoleToParams(role auth.Role) (pgtype.Text, pgtype.Text, pgtype.Text) {
	roleType := pgtype.Text{
		String: string(role.Type),
		Valid:  !isStringEmpty(string(role.Type)),
	}
	roleProject := pgtype.Text{
		String: role.Project,
		Valid:  !isStringEmpty(role.Project),
	}
	roleEndpoint := pgtype.Text{
		String: role.Endpoint,
		Valid:  !isStringEmpty(role.Endpoint),
	}
	return roleType, roleProject, roleEndpoint
}

// MToJSONB converts datastore.M to JSONB []byte for PostgreSQL storage.
func MToJSONB(m datastore.M) ([]byte, error) {
	if m == nil {
		return []byte("{}"), nil
	}
	return json.Marshal(m)
}

// JSONBToM converts JSONB []byte from PostgreSQL to datastore.M.
func JSONBToM(data []byte) (datastore.M, error) {
	if len(data) == 0 || string(data) == "{}" {
		return datastore.M{}, nil
	}
	var m datastore.M
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	return m, nil
}

// RetryFilterToJSONB converts datastore.RetryFilter to JSONB []byte.
func RetryFilterToJSONB(filter datastore.RetryFilter) ([]byte, error) {
	if filter == nil {
		return []byte("{}"), nil
	}
	return json.Marshal(filter)
}

// JSONBToRetryFilter converts JSONB []byte from PostgreSQL to datastore.RetryFilter.
func JSONBToRetryFilter(data []byte) (datastore.RetryFilter, error) {
	if len(data) == 0 || string(data) == "{}" {
		return datastore.RetryFilter{}, nil
	}
	var filter datastore.RetryFilter
	if err := json.Unmarshal(data, &filter); err != nil {
		return nil, err
	}
	return filter, nil
}

// PgTextToString converts pgtype.Text to string.
func PgTextToString(t pgtype.Text) string {
	if !t.Valid {
		return ""
	}
	return t.String
}

// PgTimestamptzToTime converts pgtype.Timestamptz to time.Time.
func PgTimestamptzToTime(t pgtype.Timestamptz) time.Time {
	if !t.Valid {
		return time.Time{}
	}
	return t.Time
}

// PgTimestamptzToNullTime converts pgtype.Timestamptz to null.Time.
func PgTimestamptzToNullTime(t pgtype.Timestamptz) null.Time {
	return null.NewTime(t.Time, t.Valid)
}

// PgTextToNullString converts pgtype.Text to null.String.
func PgTextToNullString(t pgtype.Text) null.String {
	return null.NewString(t.String, t.Valid)
}
