// Package status is a minimal stand-in for google.golang.org/grpc/status.
package status

import (
	"fmt"

	"example.com/realworld/hatchet/third_party/grpc/codes"
)

type statusError struct {
	code codes.Code
	msg  string
}

func (e *statusError) Error() string {
	return fmt.Sprintf("rpc error: code = %d desc = %s", e.code, e.msg)
}

// Error returns an error representing c and msg.
func Error(c codes.Code, msg string) error { return &statusError{code: c, msg: msg} }

// Errorf returns Error(c, fmt.Sprintf(format, a...)).
func Errorf(c codes.Code, format string, a ...interface{}) error {
	return Error(c, fmt.Sprintf(format, a...))
}
