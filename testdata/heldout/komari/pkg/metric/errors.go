package metric

import "errors"

var (
	// ErrInvalidArgument reports an invalid caller-supplied argument.
	ErrInvalidArgument = errors.New("metric: invalid argument")
	// ErrNotFound reports a missing metric or record.
	ErrNotFound = errors.New("metric: not found")
	// ErrAlreadyExists reports that a create-only operation found an existing row.
	ErrAlreadyExists = errors.New("metric: already exists")
	// ErrClosed reports that the store has already been closed.
	ErrClosed = errors.New("metric: store is closed")
)
