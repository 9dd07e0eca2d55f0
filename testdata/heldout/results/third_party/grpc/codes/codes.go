// Package codes is a small stand-in for google.golang.org/grpc/codes.
package codes

// Code is a gRPC status code.
type Code uint32

// The codes used by tektoncd/results.
const (
	OK                 Code = 0
	Unknown            Code = 2
	InvalidArgument    Code = 3
	NotFound           Code = 5
	AlreadyExists      Code = 6
	FailedPrecondition Code = 9
	Internal           Code = 13
)
