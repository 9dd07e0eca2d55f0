// Package status is a small stand-in for google.golang.org/grpc/status.
package status

import (
	"errors"
	"fmt"

	"example.com/heldout/results/third_party/grpc/codes"
)

type statusError struct {
	code codes.Code
	msg  string
}

func (e *statusError) Error() string {
	return fmt.Sprintf("rpc error: code = %d desc = %s", e.code, e.msg)
}

// Error returns an error carrying the code.
func Error(c codes.Code, msg string) error { return &statusError{code: c, msg: msg} }

// Errorf returns an error carrying the code.
func Errorf(c codes.Code, format string, a ...any) error {
	return &statusError{code: c, msg: fmt.Sprintf(format, a...)}
}

// Code returns the code of a status error, OK for nil, Unknown otherwise.
func Code(err error) codes.Code {
	if err == nil {
		return codes.OK
	}
	var se *statusError
	if errors.As(err, &se) {
		return se.code
	}
	return codes.Unknown
}
