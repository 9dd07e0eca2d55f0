// Package errutil is a minimal stand-in for Grafana's own
// pkg/apimachinery/errutil (typed error bases with Errorf).
package errutil

import (
	"errors"
	"fmt"
)

type Base struct {
	reason    string
	messageID string
}

func NotFound(msgID string) Base      { return Base{reason: "not-found", messageID: msgID} }
func Conflict(msgID string) Base      { return Base{reason: "conflict", messageID: msgID} }
func Internal(msgID string) Base      { return Base{reason: "internal", messageID: msgID} }
func BadRequest(msgID string) Base    { return Base{reason: "bad-request", messageID: msgID} }
func AlreadyExists(msgID string) Base { return Base{reason: "conflict", messageID: msgID} }

func (b Base) Error() string { return b.messageID }

func (b Base) Errorf(format string, args ...any) Error {
	return Error{Base: b, err: fmt.Errorf(format, args...)}
}

func (b Base) Is(err error) bool {
	var e Error
	if errors.As(err, &e) {
		return e.Base.messageID == b.messageID
	}
	var other Base
	if errors.As(err, &other) {
		return other.messageID == b.messageID
	}
	return false
}

type Error struct {
	Base Base
	err  error
}

func (e Error) Error() string { return e.Base.messageID + ": " + e.err.Error() }

func (e Error) Unwrap() error { return e.err }

func (e Error) Is(target error) bool {
	if b, ok := target.(Base); ok {
		return b.messageID == e.Base.messageID
	}
	return false
}
