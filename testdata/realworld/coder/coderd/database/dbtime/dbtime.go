// Package dbtime is coderd/database/dbtime (reduced).
package dbtime

import "time"

// Now returns the current time rounded to microseconds, as Postgres stores it.
func Now() time.Time { return time.Now().UTC().Round(time.Microsecond) }

// Time rounds t the same way.
func Time(t time.Time) time.Time { return t.UTC().Round(time.Microsecond) }
