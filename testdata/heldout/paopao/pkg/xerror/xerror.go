// Package xerror reproduces rocboss/paopao-ce 0b35d12b74c0 pkg/xerror (trimmed).
package xerror

import "fmt"

// Error reproduces pkg/xerror/xerror.go:19.
type Error struct {
	code    int
	msg     string
	details []string
}

// NewError reproduces pkg/xerror/xerror.go:47.
func NewError(code int, msg string) *Error {
	return &Error{code: code, msg: msg}
}

// Error reproduces pkg/xerror/xerror.go:55.
func (e *Error) Error() string {
	return fmt.Sprintf("错误码: %d, 错误信息: %s", e.StatusCode(), e.Msg())
}

// StatusCode reproduces pkg/xerror/xerror.go:59.
func (e *Error) StatusCode() int {
	return e.code
}

// Msg reproduces pkg/xerror/xerror.go:63.
func (e *Error) Msg() string {
	return e.msg
}

// ServerError and UnauthorizedTokenError reproduce pkg/xerror/common.go:9,14.
var (
	ServerError            = NewError(10000, "服务内部错误")
	UnauthorizedTokenError = NewError(10005, "鉴权失败，Token 错误或丢失")
)
