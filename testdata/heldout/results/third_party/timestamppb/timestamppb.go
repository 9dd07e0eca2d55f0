// Package timestamppb is a small stand-in for google.golang.org/protobuf/types/known/timestamppb.
package timestamppb

import "time"

// Timestamp is a point in time.
type Timestamp struct{ t time.Time }

// New returns a Timestamp for t.
func New(t time.Time) *Timestamp { return &Timestamp{t: t} }

// Now returns the current time.
func Now() *Timestamp { return New(time.Now()) }

// AsTime converts x to a time.Time.
func (x *Timestamp) AsTime() time.Time {
	if x == nil {
		return time.Unix(0, 0).UTC()
	}
	return x.t
}

// IsValid reports whether x is set.
func (x *Timestamp) IsValid() bool { return x != nil }
