// Package codes is a minimal stand-in for google.golang.org/grpc/codes (not in
// the example.com/heldout module). Same API shape, trimmed to what the
// reproduction uses.
package codes

type Code uint32

const (
	OK                 Code = 0
	Unknown            Code = 2
	InvalidArgument    Code = 3
	NotFound           Code = 5
	AlreadyExists      Code = 6
	PermissionDenied   Code = 7
	FailedPrecondition Code = 9
	Internal           Code = 13
)
