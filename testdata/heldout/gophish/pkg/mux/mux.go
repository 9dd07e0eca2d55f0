// Package mux is a minimal stand-in for github.com/gorilla/mux (not in the
// held-out go.mod): only Vars, which the gophish API handlers use to read the
// {id} route variable. It is routing, not data access.
package mux

import "net/http"

type contextKey int

const varsKey contextKey = 0

// Vars returns the route variables for the current request, if any.
func Vars(r *http.Request) map[string]string {
	if rv := r.Context().Value(varsKey); rv != nil {
		return rv.(map[string]string)
	}
	return nil
}
