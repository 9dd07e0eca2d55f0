// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

// ErrorKind is internal/service/errors.go:20.
// ErrorKind classifies a service error independently of any transport.
type ErrorKind int

// Error kinds of internal/service/errors.go:22.
const (
	KindInternal ErrorKind = iota
	KindInvalidArgument
	KindUnauthenticated
	KindPermissionDenied
	KindNotFound
	KindFailedPrecondition
	KindAlreadyExists
	KindResourceExhausted
)

// Error is internal/service/errors.go.
type Error struct {
	Kind ErrorKind
	Msg  string
}

// Error is a minimal stand-in for the upstream declaration of the same name.
func (e *Error) Error() string { return e.Msg }

// InvalidArgument is internal/service/errors.go.
func InvalidArgument(msg string) error { return &Error{Kind: KindInvalidArgument, Msg: msg} }

// NotFound is internal/service/errors.go.
func NotFound(msg string) error { return &Error{Kind: KindNotFound, Msg: msg} }

// FailedPrecondition is internal/service/errors.go.
func FailedPrecondition(msg string) error { return &Error{Kind: KindFailedPrecondition, Msg: msg} }

// AlreadyExists is internal/service/errors.go.
func AlreadyExists(msg string) error { return &Error{Kind: KindAlreadyExists, Msg: msg} }

// TooManyRequests is internal/service/errors.go.
func TooManyRequests(msg string) error { return &Error{Kind: KindResourceExhausted, Msg: msg} }
