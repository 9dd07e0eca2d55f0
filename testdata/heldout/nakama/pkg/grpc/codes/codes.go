// Package codes is a minimal stand-in for google.golang.org/grpc/codes.
package codes

type Code uint32

const (
	OK                 Code = 0
	InvalidArgument    Code = 3
	NotFound           Code = 5
	AlreadyExists      Code = 6
	PermissionDenied   Code = 7
	ResourceExhausted  Code = 8
	FailedPrecondition Code = 9
	Internal           Code = 13
	DataLoss           Code = 15
	Unauthenticated    Code = 16
)
