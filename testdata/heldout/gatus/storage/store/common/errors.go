package common

import "errors"

// upstream storage/store/common/errors.go
var (
	ErrEndpointNotFound = errors.New("endpoint not found")               // When an endpoint does not exist in the store
	ErrSuiteNotFound    = errors.New("suite not found")                  // When a suite does not exist in the store
	ErrInvalidTimeRange = errors.New("'from' cannot be older than 'to'") // When an invalid time range is provided
)
