// Package retry is a stand-in for github.com/sethvargo/go-retry with the
// calls db.Init makes.
package retry

import (
	"context"
	"errors"
	"time"
)

// Backoff yields the next wait, or stop.
type Backoff func() (next time.Duration, stop bool)

// NewConstant waits t between attempts.
func NewConstant(t time.Duration) Backoff {
	return func() (time.Duration, bool) { return t, false }
}

// WithMaxRetries stops after max retries.
func WithMaxRetries(max uint64, next Backoff) Backoff {
	var attempt uint64
	return func() (time.Duration, bool) {
		if attempt >= max {
			return 0, true
		}
		attempt++
		return next()
	}
}

type retryableError struct{ err error }

func (e *retryableError) Error() string { return e.err.Error() }
func (e *retryableError) Unwrap() error { return e.err }

// RetryableError marks err as retryable.
func RetryableError(err error) error {
	if err == nil {
		return nil
	}
	return &retryableError{err}
}

// Do runs f until it succeeds, returns a non-retryable error, or b stops.
func Do(ctx context.Context, b Backoff, f func(ctx context.Context) error) error {
	for {
		err := f(ctx)
		if err == nil {
			return nil
		}
		var rerr *retryableError
		if !errors.As(err, &rerr) {
			return err
		}
		next, stop := b()
		if stop {
			return rerr.Unwrap()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(next):
		}
	}
}
