// Package gin reproduces lejianwen/rustdesk-api c5687e150615 http/controller (minimal stand-in for github.com/gin-gonic/gin).
package gin

import (
	"encoding/json"

	"example.com/heldout/rustdeskapi/third_party/gin/binding"
)

// H stands in for gin.H.
type H map[string]any

// Context stands in for gin.Context.
type Context struct {
	body   []byte
	params map[string]string
	query  map[string]string
	keys   map[string]any
}

// ShouldBindJSON stands in for gin.Context.ShouldBindJSON.
func (c *Context) ShouldBindJSON(obj any) error { return json.Unmarshal(c.body, obj) }

// ShouldBindBodyWith stands in for gin.Context.ShouldBindBodyWith.
func (c *Context) ShouldBindBodyWith(obj any, bb binding.BindingBody) error {
	return json.Unmarshal(c.body, obj)
}

// Param stands in for gin.Context.Param.
func (c *Context) Param(key string) string { return c.params[key] }

// Query stands in for gin.Context.Query.
func (c *Context) Query(key string) string { return c.query[key] }

// Get stands in for gin.Context.Get.
func (c *Context) Get(key string) (any, bool) {
	v, ok := c.keys[key]
	return v, ok
}

// JSON stands in for gin.Context.JSON.
func (c *Context) JSON(code int, obj any) {}

// String stands in for gin.Context.String.
func (c *Context) String(code int, format string, values ...any) {}

// HTML stands in for gin.Context.HTML.
func (c *Context) HTML(code int, name string, obj any) {}

// Redirect stands in for gin.Context.Redirect.
func (c *Context) Redirect(code int, location string) {}
