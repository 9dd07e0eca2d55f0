// Package grpc is a small stand-in for google.golang.org/grpc (only CallOption).
package grpc

// CallOption configures a Call before it starts or extracts information from
// a Call after it completes.
type CallOption interface{}
