// Package null is a stand-in for gopkg.in/guregu/null.v4 (String, Time).
package null

import "time"

type String struct {
	String string
	Valid  bool
}

func NewString(s string, valid bool) String { return String{String: s, Valid: valid} }
func StringFrom(s string) String            { return NewString(s, true) }
func (s String) ValueOrZero() string {
	if !s.Valid {
		return ""
	}
	return s.String
}

type Time struct {
	Time  time.Time
	Valid bool
}

func NewTime(t time.Time, valid bool) Time { return Time{Time: t, Valid: valid} }
func TimeFrom(t time.Time) Time            { return NewTime(t, true) }
func (t Time) IsZero() bool                { return !t.Valid || t.Time.IsZero() }
func (t Time) ValueOrZero() time.Time {
	if !t.Valid {
		return time.Time{}
	}
	return t.Time
}
