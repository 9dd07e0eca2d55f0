// Package httpapi is coderd/httpapi reduced to the helpers the handlers use.
package httpapi

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"

	"example.com/realworld/coder/coderd/database/dbauthz"
	"example.com/realworld/coder/coderd/rbac"
	"example.com/realworld/coder/codersdk"
	"example.com/realworld/coder/third_party/xerrors"
)

// Write outputs a standardized format to an HTTP response body.
func Write(_ context.Context, rw http.ResponseWriter, status int, response interface{}) {
	rw.Header().Set("Content-Type", "application/json; charset=utf-8")
	rw.WriteHeader(status)
	_ = json.NewEncoder(rw).Encode(response)
}

// Read decodes JSON from the HTTP request into the value provided.
func Read(ctx context.Context, rw http.ResponseWriter, r *http.Request, value interface{}) bool {
	err := json.NewDecoder(r.Body).Decode(value)
	if err != nil {
		Write(ctx, rw, http.StatusBadRequest, codersdk.Response{
			Message: "Request body must be valid JSON.",
			Detail:  err.Error(),
		})
		return false
	}
	return true
}

// Is404Error returns true if the given error should return a 404 status code.
// Both actual 404s and unauthorized errors should return 404s to not leak
// information about the existence of resources.
func Is404Error(err error) bool {
	if err == nil {
		return false
	}
	if dbauthz.IsNotAuthorizedError(err) || rbac.IsUnauthorizedError(err) {
		return true
	}
	return xerrors.Is(err, sql.ErrNoRows)
}

// ResourceNotFound writes a 404.
func ResourceNotFound(rw http.ResponseWriter) {
	Write(context.Background(), rw, http.StatusNotFound, codersdk.Response{Message: "Resource not found or you do not have access to this resource"})
}

// Forbidden writes a 403.
func Forbidden(rw http.ResponseWriter) {
	Write(context.Background(), rw, http.StatusForbidden, codersdk.Response{Message: "Forbidden."})
}

// InternalServerError writes a 500.
func InternalServerError(rw http.ResponseWriter, err error) {
	resp := codersdk.Response{Message: "An internal server error occurred."}
	if err != nil {
		resp.Detail = err.Error()
	}
	Write(context.Background(), rw, http.StatusInternalServerError, resp)
}
