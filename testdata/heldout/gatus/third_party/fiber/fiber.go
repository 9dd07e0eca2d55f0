// Package fiber is a stand-in for github.com/gofiber/fiber/v2 with only the API subset used.
// Like the real server (fasthttp), each request runs in its own goroutine.
package fiber

import (
	"strconv"
	"strings"
)

// Handler handles a request.
type Handler func(c *Ctx) error

// RequestHeader is the request header.
type RequestHeader struct{ values map[string]string }

// Peek returns a header value.
func (h *RequestHeader) Peek(key string) []byte { return []byte(h.values[key]) }

// Request is the request.
type Request struct{ Header RequestHeader }

// Ctx is the request context.
type Ctx struct {
	request *Request
	params  map[string]string
	queries map[string]string
	status  int
	body    string
}

// Request returns the request.
func (c *Ctx) Request() *Request { return c.request }

// Params returns a route parameter.
func (c *Ctx) Params(key string) string { return c.params[key] }

// Queries returns all query parameters.
func (c *Ctx) Queries() map[string]string { return c.queries }

// Query returns a query parameter.
func (c *Ctx) Query(key string) string { return c.queries[key] }

// QueryBool returns a query parameter as a bool.
func (c *Ctx) QueryBool(key string) bool {
	b, _ := strconv.ParseBool(strings.ToLower(c.queries[key]))
	return b
}

// Status sets the status code.
func (c *Ctx) Status(status int) *Ctx {
	c.status = status
	return c
}

// SendString sets the body.
func (c *Ctx) SendString(body string) error {
	c.body = body
	return nil
}

// Router registers routes.
type Router interface {
	Post(path string, handlers ...Handler) Router
}
