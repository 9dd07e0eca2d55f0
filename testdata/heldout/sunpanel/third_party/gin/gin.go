// Package gin is a minimal stand-in for github.com/gin-gonic/gin, used by the
// hslr-s/sun-panel 25f46209d97a reproduction (only what the handlers call).
package gin

import (
	"encoding/json"

	"example.com/heldout/sunpanel/third_party/gin/binding"
)

// H stands in for gin.H.
type H map[string]any

// Context stands in for gin.Context.
type Context struct {
	body    []byte
	headers map[string]string
	keys    map[string]any
	aborted bool
}

// ShouldBindJSON stands in for gin.Context.ShouldBindJSON.
func (c *Context) ShouldBindJSON(obj any) error { return json.Unmarshal(c.body, obj) }

// ShouldBindWith stands in for gin.Context.ShouldBindWith.
func (c *Context) ShouldBindWith(obj any, b binding.Binding) error {
	return json.Unmarshal(c.body, obj)
}

// ShouldBindBodyWith stands in for gin.Context.ShouldBindBodyWith.
func (c *Context) ShouldBindBodyWith(obj any, bb binding.BindingBody) error {
	return json.Unmarshal(c.body, obj)
}

// GetHeader stands in for gin.Context.GetHeader.
func (c *Context) GetHeader(key string) string { return c.headers[key] }

// Get stands in for gin.Context.Get.
func (c *Context) Get(key string) (any, bool) {
	v, ok := c.keys[key]
	return v, ok
}

// Set stands in for gin.Context.Set.
func (c *Context) Set(key string, value any) {
	if c.keys == nil {
		c.keys = map[string]any{}
	}
	c.keys[key] = value
}

// Abort stands in for gin.Context.Abort.
func (c *Context) Abort() { c.aborted = true }

// JSON stands in for gin.Context.JSON.
func (c *Context) JSON(code int, obj any) {}
