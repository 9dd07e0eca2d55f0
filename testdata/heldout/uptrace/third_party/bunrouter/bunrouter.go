// Package bunrouter is a stand-in for the API subset of
// github.com/uptrace/bunrouter used by the reproduced uptrace handlers.
package bunrouter

import (
	"context"
	"net/http"
	"strconv"
)

// H is a JSON object.
type H map[string]any

// Request wraps *http.Request with route params.
type Request struct {
	*http.Request
	params map[string]string
}

// HandlerFunc is a bunrouter handler.
type HandlerFunc func(w http.ResponseWriter, req Request) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// Params are the route params.
type Params struct{ m map[string]string }

func (req Request) Params() Params { return Params{m: req.params} }

func (req Request) WithContext(ctx context.Context) Request {
	return Request{Request: req.Request.WithContext(ctx), params: req.params}
}

func (ps Params) Uint64(name string) (uint64, error) {
	return strconv.ParseUint(ps.m[name], 10, 64)
}

// Group is a route group.
type Group struct{}

func (g *Group) Use(middlewares ...MiddlewareFunc) *Group { return g }
func (g *Group) WithGroup(path string, fn func(g *Group)) { fn(g) }
func (g *Group) POST(path string, handler HandlerFunc)    {}
func (g *Group) PUT(path string, handler HandlerFunc)     {}
func (g *Group) DELETE(path string, handler HandlerFunc)  {}
func (g *Group) GET(path string, handler HandlerFunc)     {}
