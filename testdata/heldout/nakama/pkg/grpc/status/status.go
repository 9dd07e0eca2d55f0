// Package status is a minimal stand-in for google.golang.org/grpc/status.
package status

import (
	"fmt"

	"example.com/heldout/nakama/pkg/grpc/codes"
)

type statusErr struct {
	code codes.Code
	msg  string
}

func (e *statusErr) Error() string {
	return fmt.Sprintf("rpc error: code = %d desc = %s", e.code, e.msg)
}

// Error returns an error carrying a gRPC code.
func Error(c codes.Code, msg string) error { return &statusErr{code: c, msg: msg} }
