// Package mux is a minimal stand-in for github.com/gorilla/mux.
package mux

import (
	"context"
	"net/http"
)

type varsKey struct{}

// Vars returns the route variables for the current request.
func Vars(r *http.Request) map[string]string {
	if v, ok := r.Context().Value(varsKey{}).(map[string]string); ok {
		return v
	}
	return map[string]string{}
}

// SetURLVars returns a request carrying vars (test helper in gorilla/mux).
func SetURLVars(r *http.Request, vars map[string]string) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), varsKey{}, vars))
}
