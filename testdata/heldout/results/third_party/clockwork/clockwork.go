// Package clockwork is a small stand-in for github.com/jonboulle/clockwork.
package clockwork

import "time"

// Clock provides the current time.
type Clock interface{ Now() time.Time }

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

// NewRealClock returns a Clock backed by time.Now.
func NewRealClock() Clock { return realClock{} }
