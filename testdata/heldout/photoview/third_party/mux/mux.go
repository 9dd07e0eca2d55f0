// Package mux is a stand-in for github.com/gorilla/mux (API subset only).
package mux

import "net/http"

// Router mirrors mux.Router.
type Router struct{ *http.ServeMux }

// NewRouter mirrors mux.NewRouter.
func NewRouter() *Router { return &Router{http.NewServeMux()} }

// HandleFunc mirrors (*mux.Router).HandleFunc.
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) {
	r.ServeMux.HandleFunc(path, f)
}

// Vars mirrors mux.Vars.
func Vars(r *http.Request) map[string]string {
	return map[string]string{"name": r.PathValue("name")}
}
