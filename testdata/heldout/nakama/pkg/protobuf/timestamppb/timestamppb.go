// Package timestamppb is a minimal stand-in for
// google.golang.org/protobuf/types/known/timestamppb.
package timestamppb

import "time"

type Timestamp struct {
	Seconds int64
	Nanos   int32
}

func New(t time.Time) *Timestamp { return &Timestamp{Seconds: t.Unix(), Nanos: int32(t.Nanosecond())} }

func (x *Timestamp) AsTime() time.Time { return time.Unix(x.Seconds, int64(x.Nanos)).UTC() }
