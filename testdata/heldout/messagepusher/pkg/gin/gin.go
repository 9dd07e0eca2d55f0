// Package gin is a minimal stand-in for github.com/gin-gonic/gin (v1.9.1 upstream):
// only the parts of *gin.Context that message-pusher's controllers use.
package gin

import (
	"encoding/json"
	"net/http"
)

// H is a shortcut for map[string]any, as in gin.
type H map[string]any

// Context carries the request, its route params, query and the keys set by middleware.
type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
	Params  map[string]string
	Keys    map[string]any
}

// Param returns the value of a route parameter.
func (c *Context) Param(key string) string { return c.Params[key] }

// Query returns a URL query value.
func (c *Context) Query(key string) string {
	if c.Request == nil {
		return ""
	}
	return c.Request.URL.Query().Get(key)
}

// GetInt returns the int stored by middleware under key (e.g. "id" by UserAuth).
func (c *Context) GetInt(key string) int {
	if v, ok := c.Keys[key].(int); ok {
		return v
	}
	return 0
}

// Get returns a value set by middleware.
func (c *Context) Get(key string) (any, bool) {
	v, ok := c.Keys[key]
	return v, ok
}

// ShouldBindJSON decodes the request body.
func (c *Context) ShouldBindJSON(obj any) error {
	return json.NewDecoder(c.Request.Body).Decode(obj)
}

// JSON writes obj as the response.
func (c *Context) JSON(code int, obj any) {
	if c.Writer == nil {
		return
	}
	c.Writer.WriteHeader(code)
	_ = json.NewEncoder(c.Writer).Encode(obj)
}
