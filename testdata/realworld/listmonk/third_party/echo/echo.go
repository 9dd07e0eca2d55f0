// Package echo is a small stand-in for the parts of github.com/labstack/echo/v4
// that listmonk's handlers use.
package echo

import (
	"fmt"
	"mime/multipart"
	"net/http"
)

// Context is the request context handed to handlers.
type Context interface {
	Request() *http.Request
	Param(name string) string
	QueryParam(name string) string
	FormValue(name string) string
	FormFile(name string) (*multipart.FileHeader, error)
	Cookie(name string) (*http.Cookie, error)
	Bind(i any) error
	Get(key string) any
	Set(key string, val any)
	Render(code int, name string, data any) error
	JSON(code int, i any) error
	Redirect(code int, url string) error
}

// HandlerFunc is an HTTP handler.
type HandlerFunc func(c Context) error

// HTTPError is an error with an HTTP status code.
type HTTPError struct {
	Code    int
	Message any
}

// NewHTTPError returns a new HTTPError.
func NewHTTPError(code int, message ...any) *HTTPError {
	he := &HTTPError{Code: code, Message: http.StatusText(code)}
	if len(message) > 0 {
		he.Message = message[0]
	}
	return he
}

func (he *HTTPError) Error() string {
	return fmt.Sprintf("code=%d, message=%v", he.Code, he.Message)
}
