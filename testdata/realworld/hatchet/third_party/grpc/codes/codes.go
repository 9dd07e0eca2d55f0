// Package codes is a minimal stand-in for google.golang.org/grpc/codes.
package codes

// Code is a gRPC status code.
type Code uint32

const (
	InvalidArgument Code = 3
	NotFound        Code = 5
)
