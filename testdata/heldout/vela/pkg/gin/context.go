// Package gin is a minimal stand-in for github.com/gin-gonic/gin (v1.12.0 in
// go-vela/server's go.mod): only the parts of *gin.Context that the reproduced
// handlers call. gin.Context implements context.Context, and upstream passes
// it straight to the database layer (e.g. CreateDeployment(c, ...)).
package gin

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"
)

// HandlerFunc mirrors gin.HandlerFunc.
type HandlerFunc func(*Context)

// Context mirrors the used subset of gin.Context.
type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter

	mu   sync.RWMutex
	Keys map[any]any
}

// Set stores a value for key.
func (c *Context) Set(key any, value any) {
	c.mu.Lock()
	defer c.mu.Unlock()

	if c.Keys == nil {
		c.Keys = make(map[any]any)
	}

	c.Keys[key] = value
}

// Get returns the value for key.
func (c *Context) Get(key any) (any, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()

	v, ok := c.Keys[key]

	return v, ok
}

// MustGet returns the value for key or panics.
func (c *Context) MustGet(key any) any {
	if v, ok := c.Get(key); ok {
		return v
	}

	panic("key does not exist")
}

// Bind decodes the JSON request body into obj.
func (c *Context) Bind(obj any) error {
	return json.NewDecoder(c.Request.Body).Decode(obj)
}

// JSON writes obj as JSON with the status code.
func (c *Context) JSON(code int, obj any) {
	c.Writer.Header().Set("Content-Type", "application/json")
	c.Writer.WriteHeader(code)
	_ = json.NewEncoder(c.Writer).Encode(obj)
}

// Redirect sends a redirect.
func (c *Context) Redirect(code int, location string) {
	http.Redirect(c.Writer, c.Request, location, code)
}

// Param returns a path parameter (not routed in the stand-in).
func (c *Context) Param(key string) string {
	v, _ := c.Get("param:" + key)
	s, _ := v.(string)

	return s
}

// Deadline implements context.Context.
func (c *Context) Deadline() (time.Time, bool) { return c.Request.Context().Deadline() }

// Done implements context.Context.
func (c *Context) Done() <-chan struct{} { return c.Request.Context().Done() }

// Err implements context.Context.
func (c *Context) Err() error { return c.Request.Context().Err() }

// Value implements context.Context: keys set on the gin context first, then
// the request context.
func (c *Context) Value(key any) any {
	if v, ok := c.Get(key); ok {
		return v
	}

	return c.Request.Context().Value(key)
}

var _ context.Context = (*Context)(nil)
