// Package backoff is a stand-in for github.com/cenkalti/backoff/v7 with only
// the API subset datastore.CreatePipeline uses.
package backoff

import (
	"context"
	"errors"
	"time"
)

// ExponentialBackOff is backoff.ExponentialBackOff.
type ExponentialBackOff struct {
	InitialInterval time.Duration
}

func NewExponentialBackOff() *ExponentialBackOff {
	return &ExponentialBackOff{InitialInterval: 500 * time.Millisecond}
}

// PermanentError stops the retries.
type PermanentError struct {
	Err error
}

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return &PermanentError{Err: err}
}

type retryOptions struct {
	backOff  *ExponentialBackOff
	maxTries uint
}

// RetryOption is backoff.RetryOption.
type RetryOption func(*retryOptions)

func WithBackOff(b *ExponentialBackOff) RetryOption {
	return func(o *retryOptions) { o.backOff = b }
}

func WithMaxTries(n uint) RetryOption {
	return func(o *retryOptions) { o.maxTries = n }
}

// Retry calls operation until it succeeds, returns a permanent error or the
// tries are used up.
func Retry[T any](ctx context.Context, operation func() (T, error), opts ...RetryOption) (T, error) {
	o := &retryOptions{backOff: NewExponentialBackOff(), maxTries: 10}
	for _, opt := range opts {
		opt(o)
	}
	var (
		res T
		err error
	)
	wait := o.backOff.InitialInterval
	for try := uint(1); ; try++ {
		res, err = operation()
		if err == nil {
			return res, nil
		}
		var perm *PermanentError
		if errors.As(err, &perm) {
			return res, perm.Err
		}
		if o.maxTries > 0 && try >= o.maxTries {
			return res, err
		}
		select {
		case <-ctx.Done():
			return res, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}
