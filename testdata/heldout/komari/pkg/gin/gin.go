// Package gin is a minimal stand-in for github.com/gin-gonic/gin (v1.10.0 in
// komari's go.mod), used by the komari-monitor/komari da4d5187c1b1
// reproduction: only what UpdateThemeSettings and the install controller call.
package gin

import (
	"encoding/json"
	"io"
	"net/http"
)

// H stands in for gin.H.
type H map[string]any

// Context stands in for gin.Context.
type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
	query   map[string]string
}

// Query stands in for gin.Context.Query.
func (c *Context) Query(key string) string {
	if c.query != nil {
		return c.query[key]
	}
	if c.Request != nil {
		return c.Request.URL.Query().Get(key)
	}
	return ""
}

// ShouldBindJSON stands in for gin.Context.ShouldBindJSON.
func (c *Context) ShouldBindJSON(obj any) error {
	b, err := io.ReadAll(c.Request.Body)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, obj)
}

// JSON stands in for gin.Context.JSON.
func (c *Context) JSON(code int, obj any) {
	if c.Writer == nil {
		return
	}
	c.Writer.WriteHeader(code)
	_ = json.NewEncoder(c.Writer).Encode(obj)
}
