// Package middleware is a stand-in for github.com/go-openapi/runtime/middleware
// (only the Responder interface; runtime.Producer is reduced to any).
package middleware

import "net/http"

// Responder mirrors go-openapi/runtime/middleware.Responder.
type Responder interface {
	WriteResponse(rw http.ResponseWriter, producer any)
}
