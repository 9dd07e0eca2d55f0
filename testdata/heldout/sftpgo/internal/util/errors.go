// Package util reproduces the parts of internal/util used by the catalogued
// sites (internal/util/errors.go, internal/util/util.go, trimmed).
package util

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"
	"unsafe"
)

// ErrNotFound is the sentinel compared with errors.Is (internal/util/errors.go:34)
var ErrNotFound = NewRecordNotFoundError("")

// RecordNotFoundError raised if a requested object is not found
type RecordNotFoundError struct {
	err string
}

func (e *RecordNotFoundError) Error() string {
	return fmt.Sprintf("not found: %s", e.err)
}

// Is reports if target matches (internal/util/errors.go:78)
func (e *RecordNotFoundError) Is(target error) bool {
	_, ok := target.(*RecordNotFoundError)
	return ok
}

// NewRecordNotFoundError returns a not found error
func NewRecordNotFoundError(errorString string) *RecordNotFoundError {
	return &RecordNotFoundError{
		err: errorString,
	}
}

// ValidationError raised if input data is not valid
type ValidationError struct {
	err string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("Validation error: %s", e.err)
}

// NewValidationError returns a validation errors
func NewValidationError(errorString string) *ValidationError {
	return &ValidationError{
		err: errorString,
	}
}

// GenericError raised for not well categorized error
type GenericError struct {
	err string
}

func (e *GenericError) Error() string {
	return e.err
}

// NewGenericError returns a generic error
func NewGenericError(errorString string) *GenericError {
	return &GenericError{
		err: errorString,
	}
}

// I18nError is an error with a localized message key
type I18nError struct {
	err     error
	Message string
}

func (e *I18nError) Error() string {
	return e.err.Error()
}

// Unwrap returns the wrapped error
func (e *I18nError) Unwrap() error {
	return e.err
}

// NewI18nError returns a I18nError wrappring the provided error
func NewI18nError(err error, message string) *I18nError {
	return &I18nError{err: err, Message: message}
}

// i18n keys used by the reproduced code
const (
	I18nErrorDuplicatedUsername = "general.duplicated_username"
	I18nErrorDuplicatedName     = "general.duplicated_name"
	I18nErrorDuplicatedIPNet    = "general.duplicated_ipnet"
)

// GetTimeAsMsSinceEpoch returns unix timestamp as milliseconds from a time struct
func GetTimeAsMsSinceEpoch(t time.Time) int64 {
	return t.UnixMilli()
}

// GetTimeFromMsecSinceEpoch return a time struct from a unix timestamp with millisecond precision
func GetTimeFromMsecSinceEpoch(msec int64) time.Time {
	if msec < 1 {
		return time.Time{}
	}
	return time.Unix(0, msec*1000000)
}

// GenerateUniqueID returns an unique ID
func GenerateUniqueID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// StringToBytes convert a string to a byte slice without allocations
func StringToBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// IsByteArrayEmpty return true if the byte array is empty or a new line
func IsByteArrayEmpty(b []byte) bool {
	if len(b) == 0 {
		return true
	}
	if len(b) == 1 && b[0] == '\n' {
		return true
	}
	return false
}

// IsStringPrefixInSlice searches a string prefix in a slice and returns true
// if a matching prefix is found
func IsStringPrefixInSlice(obj string, list []string) bool {
	for _, v := range list {
		if len(obj) >= len(v) && obj[:len(v)] == v {
			return true
		}
	}
	return false
}

// GetSSHPublicKeyAsString returns an SSH public key serialized as string
func GetSSHPublicKeyAsString(pubKey []byte) (string, error) {
	if len(pubKey) == 0 {
		return "", nil
	}
	return string(pubKey), nil
}
