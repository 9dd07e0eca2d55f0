// Package macaron is a stand-in for gopkg.in/macaron.v1 with only the API
// subset used by the reproduced gogs code.
package macaron

import "net/http"

// Request wraps *http.Request.
type Request struct {
	*http.Request
}

// ResponseWriter wraps http.ResponseWriter.
type ResponseWriter interface {
	http.ResponseWriter
}

// Context is the request context.
type Context struct {
	Req    Request
	Resp   ResponseWriter
	params map[string]string
}

// Status writes the response status code.
func (c *Context) Status(status int) { c.Resp.WriteHeader(status) }

// Header returns the response header.
func (c *Context) Header() http.Header { return c.Resp.Header() }

// Params returns the value of a route parameter.
func (c *Context) Params(name string) string { return c.params[name] }

// Query returns the value of a query parameter.
func (c *Context) Query(name string) string { return c.Req.URL.Query().Get(name) }
