// Package gin reproduces the part of github.com/gin-gonic/gin that
// authorizerdev/authorizer 4ad0758cebf4 internal/http_handlers uses in the
// reproduced code. Like gin's, *Context implements context.Context.
package gin

import (
	"context"
	"net/http"
	"time"
)

// H is a minimal stand-in for the upstream declaration of the same name.
// H is gin.H.
type H map[string]any

// HandlerFunc is a minimal stand-in for the upstream declaration of the same name.
// HandlerFunc is gin.HandlerFunc.
type HandlerFunc func(*Context)

// Context is a minimal stand-in for the upstream declaration of the same name.
// Context is gin.Context (trimmed).
type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
	params  map[string]string
}

// Param is a minimal stand-in for the upstream declaration of the same name.
// Param returns a URL path parameter.
func (c *Context) Param(key string) string { return c.params[key] }

// JSON is a minimal stand-in for the upstream declaration of the same name.
// JSON writes a JSON response.
func (c *Context) JSON(code int, obj any) {}

// Deadline implements context.Context.
func (c *Context) Deadline() (time.Time, bool) { return c.Request.Context().Deadline() }

// Done implements context.Context.
func (c *Context) Done() <-chan struct{} { return c.Request.Context().Done() }

// Err implements context.Context.
func (c *Context) Err() error { return c.Request.Context().Err() }

// Value implements context.Context.
func (c *Context) Value(key any) any { return c.Request.Context().Value(key) }

var _ context.Context = (*Context)(nil)
