// Package util is trimmed from code.gitea.io/gitea/modules/util.
package util

import (
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"path"
	"strings"
)

// Common Errors forming the base of our error system
var (
	ErrInvalidArgument  = errors.New("invalid argument")
	ErrPermissionDenied = errors.New("permission denied")
	ErrAlreadyExist     = errors.New("resource already exists")
	ErrNotExist         = errors.New("resource does not exist")
)

type errorWrapper struct {
	msg string
	err error
}

func (w errorWrapper) Error() string { return w.msg }
func (w errorWrapper) Unwrap() error { return w.err }

// NewNotExistErrorf returns an error that wraps ErrNotExist
func NewNotExistErrorf(message string, args ...any) error {
	return errorWrapper{msg: fmt.Sprintf(message, args...), err: ErrNotExist}
}

// NewAlreadyExistErrorf returns an error that wraps ErrAlreadyExist
func NewAlreadyExistErrorf(message string, args ...any) error {
	return errorWrapper{msg: fmt.Sprintf(message, args...), err: ErrAlreadyExist}
}

// NewInvalidArgumentErrorf returns an error that wraps ErrInvalidArgument
func NewInvalidArgumentErrorf(message string, args ...any) error {
	return errorWrapper{msg: fmt.Sprintf(message, args...), err: ErrInvalidArgument}
}

const letters = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

// CryptoRandomString generates a crypto random alphanumerical string
func CryptoRandomString(length int64) (string, error) {
	buf := make([]byte, length)
	limit := big.NewInt(int64(len(letters)))
	for i := range buf {
		n, err := rand.Int(rand.Reader, limit)
		if err != nil {
			return "", err
		}
		buf[i] = letters[n.Int64()]
	}
	return string(buf), nil
}

// RandomString generates a random alphanumerical string
func RandomString(length int64) (string, error) {
	return CryptoRandomString(length)
}

// PathJoinRel joins the path elements into a single path, each element is cleaned by path.Clean separately.
func PathJoinRel(elem ...string) string {
	return strings.TrimPrefix(path.Clean("/"+path.Join(elem...)), "/")
}

// TruncateRunes returns a truncated string with given rune limit
func TruncateRunes(str string, limit int) string {
	r := []rune(str)
	if len(r) <= limit {
		return str
	}
	return string(r[:limit])
}
