// Package common reproduces MHSanaei/3x-ui 02002dc1c304 internal/util/common.
package common

import (
	"errors"
	"fmt"
)

// NewErrorf is util/common/err.go:13.
func NewErrorf(format string, a ...any) error {
	msg := fmt.Sprintf(format, a...)
	return errors.New(msg)
}

// NewError is util/common/err.go:19.
func NewError(a ...any) error {
	msg := fmt.Sprintln(a...)
	return errors.New(msg)
}
