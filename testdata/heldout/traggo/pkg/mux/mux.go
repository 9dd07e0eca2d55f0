// Package mux is a stand-in for github.com/gorilla/mux (v1.8.1 upstream): only
// the MiddlewareFunc type used by auth.Middleware.
package mux

import "net/http"

// MiddlewareFunc stands in for mux.MiddlewareFunc.
type MiddlewareFunc func(http.Handler) http.Handler
