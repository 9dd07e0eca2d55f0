// Package pqtype is a minimal stand-in for github.com/sqlc-dev/pqtype (the
// nullable JSON type that sqlc generates for goalert's gadb package). Only
// the shape used by the reproduction is provided.
package pqtype

import (
	"database/sql/driver"
	"encoding/json"
)

// NullRawMessage mirrors pqtype.NullRawMessage.
type NullRawMessage struct {
	RawMessage json.RawMessage
	Valid      bool // Valid is true if RawMessage is not NULL
}

// Scan implements the sql.Scanner interface.
func (n *NullRawMessage) Scan(src interface{}) error {
	if src == nil {
		n.RawMessage, n.Valid = nil, false
		return nil
	}
	n.Valid = true
	switch v := src.(type) {
	case []byte:
		n.RawMessage = append(json.RawMessage(nil), v...)
	case string:
		n.RawMessage = json.RawMessage(v)
	}
	return nil
}

// Value implements the driver.Valuer interface.
func (n NullRawMessage) Value() (driver.Value, error) {
	if !n.Valid {
		return nil, nil
	}
	return []byte(n.RawMessage), nil
}
