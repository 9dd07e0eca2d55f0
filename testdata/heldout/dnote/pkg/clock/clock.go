// Package clock reproduces dnote/dnote 8ffd44f36287 pkg/clock.
package clock

import (
	"time"
)

// Clock reproduces pkg/clock/clock.go:30.
// Clock is an interface to the standard library time.
// It is used to implement a real or a mock clock. The latter is used in tests.
type Clock interface {
	Now() time.Time
}

type clock struct{}

func (c *clock) Now() time.Time {
	return time.Now()
}

// New reproduces pkg/clock/clock.go:57.
// New returns an instance of a real clock
func New() Clock {
	return &clock{}
}
