// Package echo is a minimal stand-in for github.com/labstack/echo/v4.
package echo

import "net/http"

// Context is the subset of echo.Context the handlers use.
type Context interface {
	Request() *http.Request
	Get(key string) interface{}
	Set(key string, val interface{})
}
