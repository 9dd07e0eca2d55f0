// Package context is trimmed from code.gitea.io/gitea/services/context.
package context

import (
	"context"
	"net/http"
)

// APIContext is a specific context for API service
type APIContext struct {
	context.Context
	Resp http.ResponseWriter
}

// APIErrorInternal responds with error message, status is 500
func (ctx *APIContext) APIErrorInternal(err error) {
	http.Error(ctx.Resp, err.Error(), http.StatusInternalServerError)
}

// JSON writes a JSON response (trimmed)
func (ctx *APIContext) JSON(status int, content any) {
	ctx.Resp.WriteHeader(status)
}
