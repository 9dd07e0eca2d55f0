// Package cronexpr reproduces the API shape of heroiclabs/nakama internal/cronexpr
// (a vendored copy of github.com/gorhill/cronexpr); parsing is stubbed.
package cronexpr

import (
	"errors"
	"time"
)

type Expression struct{ src string }

func Parse(cronLine string) (*Expression, error) {
	if cronLine == "" {
		return nil, errors.New("empty cron expression")
	}
	return &Expression{src: cronLine}, nil
}

func (e *Expression) Next(fromTime time.Time) time.Time { return fromTime.Add(24 * time.Hour) }

func (e *Expression) NextN(fromTime time.Time, n uint) []time.Time {
	out := make([]time.Time, 0, n)
	for i := uint(0); i < n; i++ {
		fromTime = e.Next(fromTime)
		out = append(out, fromTime)
	}
	return out
}

func (e *Expression) Last(fromTime time.Time) time.Time { return fromTime.Add(-24 * time.Hour) }
