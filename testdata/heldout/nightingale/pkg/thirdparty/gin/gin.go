// Package gin is a minimal stand-in for github.com/gin-gonic/gin (v1.9.1 in
// upstream go.mod), with the API shape the reproduced handlers use. It is not
// a data-access library.
package gin

import (
	"net/http"
)

type HandlerFunc func(*Context)

type Context struct {
	Request *http.Request
	Keys    map[string]any
}

func (c *Context) GetHeader(key string) string {
	if c.Request == nil {
		return ""
	}
	return c.Request.Header.Get(key)
}

func (c *Context) Set(key string, value any) {
	if c.Keys == nil {
		c.Keys = make(map[string]any)
	}
	c.Keys[key] = value
}

func (c *Context) Get(key string) (any, bool) {
	v, ok := c.Keys[key]
	return v, ok
}

func (c *Context) MustGet(key string) any {
	if v, ok := c.Get(key); ok {
		return v
	}
	panic("Key \"" + key + "\" does not exist")
}

func (c *Context) Param(key string) string { return "" }

func (c *Context) Query(key string) string {
	if c.Request == nil {
		return ""
	}
	return c.Request.URL.Query().Get(key)
}

func (c *Context) ClientIP() string { return "" }

func (c *Context) Next() {}

func (c *Context) String(code int, format string, values ...any) {}

func (c *Context) JSON(code int, obj any) {}
