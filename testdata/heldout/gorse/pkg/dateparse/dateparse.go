// Package dateparse is a minimal stand-in for github.com/araddon/dateparse
// (ParseAny).
package dateparse

import "time"

// ParseAny mirrors dateparse.ParseAny (only RFC 3339 here).
func ParseAny(datestr string) (time.Time, error) {
	return time.Parse(time.RFC3339, datestr)
}
