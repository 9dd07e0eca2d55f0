// Package echo is a minimal stand-in for github.com/labstack/echo/v4 (v4.12.0),
// the HTTP framework of pgbackweb. Only the API shape used by the reproduced
// handlers is kept; it is not a data-access library.
package echo

import (
	"net/http"
)

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// MiddlewareFunc defines a function to process middleware.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// Response wraps an http.ResponseWriter.
type Response struct {
	Writer http.ResponseWriter
}

// Header returns the header map for the writer.
func (r *Response) Header() http.Header { return r.Writer.Header() }

// Context represents the context of the current HTTP request.
type Context interface {
	Request() *http.Request
	Response() *Response
	Param(name string) string
	Bind(i interface{}) error
	RealIP() string
	Cookie(name string) (*http.Cookie, error)
	SetCookie(cookie *http.Cookie)
	String(code int, s string) error
	HTML(code int, html string) error
	Redirect(code int, url string) error
}

// Group is a set of sub-routes for a specified route.
type Group struct {
	prefix     string
	middleware []MiddlewareFunc
}

// Group creates a new sub-group with prefix and optional sub-group-level middleware.
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) *Group {
	m := append(append([]MiddlewareFunc{}, g.middleware...), middleware...)
	return &Group{prefix: g.prefix + prefix, middleware: m}
}

// GET registers a new GET route.
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) {}

// POST registers a new POST route.
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) {}

// DELETE registers a new DELETE route.
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) {}

// Echo is the top-level framework instance.
type Echo struct{}

// New creates an instance of Echo.
func New() *Echo { return &Echo{} }

// Group creates a new router group.
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) *Group {
	return &Group{prefix: prefix, middleware: m}
}
