// Package null is a small stand-in for gopkg.in/volatiletech/null.v6.
package null

import (
	"database/sql"
	"database/sql/driver"
	"time"
)

// String is a nullable string.
type String struct {
	String string
	Valid  bool
}

// NewString returns a String.
func NewString(s string, valid bool) String {
	return String{String: s, Valid: valid}
}

// Scan implements sql.Scanner.
func (s *String) Scan(value any) error {
	var ns sql.NullString
	if err := ns.Scan(value); err != nil {
		return err
	}
	s.String, s.Valid = ns.String, ns.Valid
	return nil
}

// Value implements driver.Valuer.
func (s String) Value() (driver.Value, error) {
	if !s.Valid {
		return nil, nil
	}
	return s.String, nil
}

// Int is a nullable int.
type Int struct {
	Int   int
	Valid bool
}

// Scan implements sql.Scanner.
func (i *Int) Scan(value any) error {
	var ni sql.NullInt64
	if err := ni.Scan(value); err != nil {
		return err
	}
	i.Int, i.Valid = int(ni.Int64), ni.Valid
	return nil
}

// Value implements driver.Valuer.
func (i Int) Value() (driver.Value, error) {
	if !i.Valid {
		return nil, nil
	}
	return int64(i.Int), nil
}

// Time is a nullable time.Time.
type Time struct {
	Time  time.Time
	Valid bool
}

// Scan implements sql.Scanner.
func (t *Time) Scan(value any) error {
	var nt sql.NullTime
	if err := nt.Scan(value); err != nil {
		return err
	}
	t.Time, t.Valid = nt.Time, nt.Valid
	return nil
}

// Value implements driver.Valuer.
func (t Time) Value() (driver.Value, error) {
	if !t.Valid {
		return nil, nil
	}
	return t.Time, nil
}
