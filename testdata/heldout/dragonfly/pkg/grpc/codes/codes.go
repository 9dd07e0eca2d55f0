// Package codes is a stand-in for google.golang.org/grpc/codes.
package codes

// Code mirrors codes.Code.
type Code uint32

const (
	Unknown  Code = 2
	NotFound Code = 5
	Internal Code = 13
	DataLoss Code = 15
)
