// Package gin is a minimal stand-in for github.com/gin-gonic/gin (v1.10 in
// digger's backend/go.mod): only the parts of *gin.Context that the
// reproduced handlers call.
package gin

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
)

// H mirrors gin.H.
type H map[string]any

// HandlerFunc mirrors gin.HandlerFunc.
type HandlerFunc func(*Context)

// Context mirrors the used subset of gin.Context.
type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter

	mu   sync.RWMutex
	Keys map[string]any
}

// Set stores a value for key.
func (c *Context) Set(key string, value any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.Keys == nil {
		c.Keys = make(map[string]any)
	}
	c.Keys[key] = value
}

// Get returns the value for key.
func (c *Context) Get(key string) (any, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.Keys[key]
	return v, ok
}

// GetString returns the value for key as a string.
func (c *Context) GetString(key string) string {
	v, _ := c.Get(key)
	s, _ := v.(string)
	return s
}

// GetUint returns the value for key as a uint.
func (c *Context) GetUint(key string) uint {
	v, _ := c.Get(key)
	u, _ := v.(uint)
	return u
}

// Param returns a path parameter (not routed in the stand-in).
func (c *Context) Param(key string) string {
	return c.GetString("param:" + key)
}

// PostForm returns a form value.
func (c *Context) PostForm(key string) string {
	return c.Request.PostFormValue(key)
}

// BindJSON decodes the JSON request body into obj.
func (c *Context) BindJSON(obj any) error {
	return json.NewDecoder(c.Request.Body).Decode(obj)
}

// Header sets a response header.
func (c *Context) Header(key, value string) {
	c.Writer.Header().Set(key, value)
}

// JSON writes obj as JSON with the status code.
func (c *Context) JSON(code int, obj any) {
	c.Writer.Header().Set("Content-Type", "application/json")
	c.Writer.WriteHeader(code)
	_ = json.NewEncoder(c.Writer).Encode(obj)
}

// stringRender mirrors render.String.
type stringRender struct {
	Format string
	Data   []any
}

func (r stringRender) write(w http.ResponseWriter) {
	if len(r.Data) > 0 {
		_, _ = fmt.Fprintf(w, r.Format, r.Data...)
		return
	}
	_, _ = w.Write([]byte(r.Format))
}

// String writes a formatted string with the status code (as gin, through a
// render.String value).
func (c *Context) String(code int, format string, values ...any) {
	c.Writer.WriteHeader(code)
	stringRender{Format: format, Data: values}.write(c.Writer)
}

// HTML renders a template (not rendered in the stand-in).
func (c *Context) HTML(code int, name string, obj any) {
	c.Writer.WriteHeader(code)
	_, _ = c.Writer.Write([]byte(name))
}

// Abort stops the handler chain.
func (c *Context) Abort() {}

// AbortWithStatus writes the status and stops the handler chain.
func (c *Context) AbortWithStatus(code int) {
	c.Writer.WriteHeader(code)
}
