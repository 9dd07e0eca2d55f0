// Package time stands in for museum pkg/utils/time (epoch microseconds).
package time

import "time"

// Microseconds returns the current time in epoch microseconds.
func Microseconds() int64 { return time.Now().UnixMicro() }

// MicrosecondsAfterMinutes returns now + minutes, in microseconds.
func MicrosecondsAfterMinutes(minutes int64) int64 {
	return time.Now().Add(time.Duration(minutes) * time.Minute).UnixMicro()
}

// MicrosecondsAfterHours returns now + hours, in microseconds.
func MicrosecondsAfterHours(hours int32) int64 {
	return time.Now().Add(time.Duration(hours) * time.Hour).UnixMicro()
}
