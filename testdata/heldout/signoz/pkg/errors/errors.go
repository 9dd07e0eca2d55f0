// Package errors reproduces, trimmed, github.com/SigNoz/signoz/pkg/errors
// (errors.go, type.go, code.go): the project's typed errors. Only the parts
// used by the reproduced sites are kept.
package errors

import (
	"errors"
	"fmt"
)

// typ reproduces pkg/errors/type.go.
type typ struct{ s string }

func (t typ) String() string { return t.s }

var (
	TypeInvalidInput       typ = typ{"invalid-input"}
	TypeInternal               = typ{"internal"}
	TypeUnsupported            = typ{"unsupported"}
	TypeNotFound               = typ{"not-found"}
	TypeAlreadyExists          = typ{"already-exists"}
	TypeUnauthenticated        = typ{"unauthenticated"}
	TypeForbidden              = typ{"forbidden"}
	TypeLicenseUnavailable     = typ{"license-unavailable"}
)

// Code reproduces pkg/errors/code.go.
type Code struct{ s string }

var (
	CodeInvalidInput       = Code{"invalid_input"}
	CodeInternal           = Code{"internal"}
	CodeUnsupported        = Code{"unsupported"}
	CodeNotFound           = Code{"not_found"}
	CodeAlreadyExists      = Code{"already_exists"}
	CodeForbidden          = Code{"forbidden"}
	CodeLicenseUnavailable = Code{"license_unavailable"}
	CodeUnset              = Code{"unset"}
)

func MustNewCode(s string) Code { return Code{s} }

func (c Code) String() string { return c.s }

type base struct {
	t           typ
	c           Code
	m           string
	e           error
	additionals []string
}

func (b *base) Error() string {
	if b.e != nil {
		return b.m + ": " + b.e.Error()
	}
	return b.m
}

func (b *base) Unwrap() error { return b.e }

func (b *base) WithAdditional(messages ...string) *base {
	b.additionals = append(b.additionals, messages...)
	return b
}

func New(t typ, code Code, message string) *base {
	return &base{t: t, c: code, m: message}
}

func Newf(t typ, code Code, format string, args ...any) *base {
	return &base{t: t, c: code, m: fmt.Sprintf(format, args...)}
}

func Wrapf(cause error, t typ, code Code, format string, args ...any) *base {
	return &base{t: t, c: code, m: fmt.Sprintf(format, args...), e: cause}
}

func WithAdditionalf(cause error, format string, args ...any) *base {
	t, c, m, e, _ := Unwrapb(cause)
	b := &base{t: t, c: c, m: m, e: e}
	return b.WithAdditional(fmt.Sprintf(format, args...))
}

func Unwrapb(cause error) (typ, Code, string, error, []string) {
	if b, ok := cause.(*base); ok {
		return b.t, b.c, b.m, b.e, b.additionals
	}
	return TypeInternal, CodeUnset, cause.Error(), cause, nil
}

// Ast reproduces pkg/errors/errors.go:273.
func Ast(cause error, typ typ) bool {
	t, _, _, _, _ := Unwrapb(cause)
	return t == typ
}

// Asc reproduces pkg/errors/errors.go:280.
func Asc(cause error, code Code) bool {
	_, c, _, _, _ := Unwrapb(cause)
	return c.s == code.s
}

func Join(errs ...error) error { return errors.Join(errs...) }

func As(err error, target any) bool { return errors.As(err, target) }

func NewNotFoundf(code Code, format string, args ...any) *base {
	return Newf(TypeNotFound, code, format, args...)
}

func WrapInternalf(cause error, code Code, format string, args ...any) *base {
	return Wrapf(cause, TypeInternal, code, format, args...)
}

func NewInternalf(code Code, format string, args ...any) *base {
	return Newf(TypeInternal, code, format, args...)
}

func NewInvalidInputf(code Code, format string, args ...any) *base {
	return Newf(TypeInvalidInput, code, format, args...)
}
