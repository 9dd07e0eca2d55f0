// Package mux is a minimal stand-in for github.com/gorilla/mux (statping-ng's
// HTTP router). Only Vars, NewRouter, Handle and Methods are provided.
package mux

import (
	"context"
	"net/http"
)

type varsKey struct{}

// Vars returns the route variables for the current request, if any.
func Vars(r *http.Request) map[string]string {
	if v, ok := r.Context().Value(varsKey{}).(map[string]string); ok {
		return v
	}
	return map[string]string{}
}

// SetURLVars attaches route variables to a request (what the router does).
func SetURLVars(r *http.Request, vars map[string]string) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), varsKey{}, vars))
}

type Route struct {
	path    string
	handler http.Handler
	methods []string
}

func (r *Route) Methods(methods ...string) *Route {
	r.methods = append(r.methods, methods...)
	return r
}

type Router struct {
	routes []*Route
}

func NewRouter() *Router { return &Router{} }

func (r *Router) StrictSlash(bool) *Router { return r }

func (r *Router) Handle(path string, h http.Handler) *Route {
	rt := &Route{path: path, handler: h}
	r.routes = append(r.routes, rt)
	return rt
}

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	for _, rt := range r.routes {
		if rt.path == req.URL.Path {
			rt.handler.ServeHTTP(w, req)
			return
		}
	}
	http.NotFound(w, req)
}
