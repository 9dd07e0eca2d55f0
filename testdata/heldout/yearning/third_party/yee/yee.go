// Package yee reproduces cookieY/Yearning 6de5cbf9ab4f (minimal stand-in for github.com/cookieY/yee).
package yee

import "example.com/heldout/yearning/third_party/yee/logger"

// Context stands in for yee.Context.
type Context interface {
	Bind(i interface{}) error
	JSON(code int, i interface{}) error
	HTML(code int, html string) error
	Redirect(code int, url string) error
	QueryParam(name string) string
	FormValue(name string) string
	Params(name string) string
	Get(key string) interface{}
	Logger() logger.Logger
}
