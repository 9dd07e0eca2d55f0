// Package response reproduces internal/http/response (reduced).
package response

import (
	"encoding/json"
	"net/http"

	"example.com/heldout/shiori/internal/model"
)

// SendJSON reproduces internal/http/response/shortcuts.go:58.
func SendJSON(c model.WebContext, statusCode int, data any) error {
	c.ResponseWriter().Header().Set("Content-Type", "application/json")
	c.ResponseWriter().WriteHeader(statusCode)
	return json.NewEncoder(c.ResponseWriter()).Encode(data)
}

// SendError reproduces internal/http/response/shortcuts.go:24.
func SendError(c model.WebContext, statusCode int, message any) error {
	return SendJSON(c, statusCode, map[string]any{"error": message})
}

// SendInternalServerError reproduces internal/http/response/shortcuts.go:37.
func SendInternalServerError(c model.WebContext) error {
	return SendError(c, http.StatusInternalServerError, "Internal server error, please contact an administrator")
}
