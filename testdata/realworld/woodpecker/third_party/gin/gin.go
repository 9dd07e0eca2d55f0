// Package gin is a stand-in for github.com/gin-gonic/gin with only the API
// subset the reproduced woodpecker handlers use.
package gin

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// HandlerFunc is gin.HandlerFunc.
type HandlerFunc func(*Context)

// Error is gin.Error.
type Error struct {
	Err error
}

func (e *Error) Error() string { return e.Err.Error() }

// Context is gin.Context: it carries the request and implements context.Context.
type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter

	params  map[string]string
	keys    map[string]any
	aborted bool
}

// New builds a context for one request.
func New(w http.ResponseWriter, r *http.Request, params map[string]string) *Context {
	return &Context{Request: r, Writer: w, params: params, keys: map[string]any{}}
}

func (c *Context) Deadline() (time.Time, bool) { return c.Request.Context().Deadline() }
func (c *Context) Done() <-chan struct{}       { return c.Request.Context().Done() }
func (c *Context) Err() error                  { return c.Request.Context().Err() }
func (c *Context) Value(key any) any {
	if k, ok := key.(string); ok {
		if v, ok := c.keys[k]; ok {
			return v
		}
	}
	return c.Request.Context().Value(key)
}

var _ context.Context = (*Context)(nil)

func (c *Context) Param(key string) string { return c.params[key] }

func (c *Context) Query(key string) string { return c.Request.URL.Query().Get(key) }

func (c *Context) GetQuery(key string) (string, bool) {
	v, ok := c.Request.URL.Query()[key]
	if !ok || len(v) == 0 {
		return "", false
	}
	return v[0], true
}

func (c *Context) Bind(obj any) error { return json.NewDecoder(c.Request.Body).Decode(obj) }

func (c *Context) Set(key string, value any) { c.keys[key] = value }

func (c *Context) Get(key string) (any, bool) {
	v, ok := c.keys[key]
	return v, ok
}

func (c *Context) Next() {}

func (c *Context) Abort() { c.aborted = true }

func (c *Context) Status(code int) { c.Writer.WriteHeader(code) }

func (c *Context) String(code int, format string, values ...any) {
	c.Writer.WriteHeader(code)
	_, _ = c.Writer.Write([]byte(format))
}

func (c *Context) JSON(code int, obj any) {
	c.Writer.WriteHeader(code)
	_ = json.NewEncoder(c.Writer).Encode(obj)
}

func (c *Context) Redirect(code int, location string) {
	http.Redirect(c.Writer, c.Request, location, code)
}

func (c *Context) AbortWithStatus(code int) {
	c.Writer.WriteHeader(code)
	c.Abort()
}

func (c *Context) AbortWithError(code int, err error) *Error {
	c.AbortWithStatus(code)
	return &Error{Err: err}
}

func (c *Context) Error(err error) *Error { return &Error{Err: err} }
