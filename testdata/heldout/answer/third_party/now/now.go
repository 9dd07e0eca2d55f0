// Package now is a stand-in for github.com/jinzhu/now.
package now

import "time"

// BeginningOfDay returns today's midnight.
func BeginningOfDay() time.Time {
	y, m, d := time.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.Local)
}

// EndOfDay returns the last nanosecond of today.
func EndOfDay() time.Time {
	return BeginningOfDay().Add(24*time.Hour - time.Nanosecond)
}
