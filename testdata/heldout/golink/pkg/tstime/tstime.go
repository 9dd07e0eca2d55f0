// Package tstime is a minimal stand-in for tailscale.com/tstime (only the
// Clock / DefaultClock shape used by golink's db.go).
package tstime

import "time"

// Clock offers a subset of the functionality from the std/time package.
type Clock interface {
	Now() time.Time
}

// DefaultClock is a wrapper around a Clock; it uses time.Now when Clock is nil.
type DefaultClock struct {
	Clock
}

// Now returns the current time.
func (c DefaultClock) Now() time.Time {
	if c.Clock == nil {
		return time.Now()
	}
	return c.Clock.Now()
}
