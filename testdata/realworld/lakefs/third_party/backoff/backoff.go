// Package backoff is a stand-in for github.com/cenkalti/backoff/v4 (Retry,
// Permanent, WithContext).
package backoff

import (
	"context"
	"errors"
	"time"
)

type BackOff interface {
	NextBackOff() time.Duration
	Reset()
}

const Stop time.Duration = -1

type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

func Permanent(err error) error { return &PermanentError{Err: err} }

type backOffContext struct {
	BackOff
	ctx context.Context
}

func WithContext(b BackOff, ctx context.Context) BackOff {
	return &backOffContext{BackOff: b, ctx: ctx}
}

func Retry(o func() error, b BackOff) error {
	b.Reset()
	for {
		err := o()
		if err == nil {
			return nil
		}
		var permanent *PermanentError
		if errors.As(err, &permanent) {
			return permanent.Err
		}
		next := b.NextBackOff()
		if next == Stop {
			return err
		}
		time.Sleep(next)
	}
}
