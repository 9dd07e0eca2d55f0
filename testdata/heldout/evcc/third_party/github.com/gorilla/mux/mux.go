// Package mux is a stand-in for github.com/gorilla/mux: only Vars.
package mux

import "net/http"

type varsKey struct{}

// Vars returns the route variables for the current request, if any.
func Vars(r *http.Request) map[string]string {
	if v, ok := r.Context().Value(varsKey{}).(map[string]string); ok {
		return v
	}
	return map[string]string{}
}
