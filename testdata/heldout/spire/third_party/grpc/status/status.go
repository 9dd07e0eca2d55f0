// Package status is a minimal stand-in for google.golang.org/grpc/status (not
// in the example.com/heldout module). Same API shape, trimmed.
package status

import (
	"errors"
	"fmt"

	"example.com/heldout/spire/third_party/grpc/codes"
)

type Status struct {
	code codes.Code
	msg  string
}

func (s *Status) Code() codes.Code { return s.code }
func (s *Status) Message() string  { return s.msg }
func (s *Status) Err() error {
	if s.code == codes.OK {
		return nil
	}
	return &statusError{s: s}
}

type statusError struct{ s *Status }

func (e *statusError) Error() string {
	return fmt.Sprintf("rpc error: code = %d desc = %s", e.s.code, e.s.msg)
}
func (e *statusError) GRPCStatus() *Status { return e.s }

func New(c codes.Code, msg string) *Status { return &Status{code: c, msg: msg} }
func Newf(c codes.Code, format string, a ...any) *Status {
	return New(c, fmt.Sprintf(format, a...))
}
func Error(c codes.Code, msg string) error { return New(c, msg).Err() }
func Errorf(c codes.Code, format string, a ...any) error {
	return Error(c, fmt.Sprintf(format, a...))
}

func Code(err error) codes.Code {
	if err == nil {
		return codes.OK
	}
	var se interface{ GRPCStatus() *Status }
	if errors.As(err, &se) {
		return se.GRPCStatus().Code()
	}
	return codes.Unknown
}
