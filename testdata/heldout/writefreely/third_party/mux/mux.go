// Package mux is a stand-in for github.com/gorilla/mux (Vars only).
package mux

import (
	"context"
	"net/http"
)

type varsKey struct{}

// Vars returns the route variables of r.
func Vars(r *http.Request) map[string]string {
	if v, ok := r.Context().Value(varsKey{}).(map[string]string); ok {
		return v
	}
	return map[string]string{}
}

// SetVars returns r with route variables attached.
func SetVars(r *http.Request, v map[string]string) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), varsKey{}, v))
}
