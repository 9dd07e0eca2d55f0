// Package response stands in for miniflux internal/http/response.
package response // import "example.com/realworld/miniflux/internal/http/response"

import (
	"encoding/json"
	"fmt"
	"net/http"
)

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// JSON sends a JSON response.
func JSON(w http.ResponseWriter, r *http.Request, v any) { writeJSON(w, http.StatusOK, v) }

// JSONCreated sends a 201 JSON response.
func JSONCreated(w http.ResponseWriter, r *http.Request, v any) { writeJSON(w, http.StatusCreated, v) }

// JSONBadRequest sends a 400.
func JSONBadRequest(w http.ResponseWriter, r *http.Request, err any) {
	writeJSON(w, http.StatusBadRequest, fmt.Sprint(err))
}

// JSONServerError sends a 500.
func JSONServerError(w http.ResponseWriter, r *http.Request, err any) {
	writeJSON(w, http.StatusInternalServerError, fmt.Sprint(err))
}

// JSONForbidden sends a 403.
func JSONForbidden(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusForbidden) }

// JSONNotFound sends a 404.
func JSONNotFound(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotFound) }

// HTMLServerError sends a 500.
func HTMLServerError(w http.ResponseWriter, r *http.Request, err error) {
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

// HTMLForbidden sends a 403.
func HTMLForbidden(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusForbidden) }

// HTMLBadRequest sends a 400.
func HTMLBadRequest(w http.ResponseWriter, r *http.Request, err error) {
	http.Error(w, err.Error(), http.StatusBadRequest)
}

// HTMLRedirect redirects.
func HTMLRedirect(w http.ResponseWriter, r *http.Request, uri string) {
	http.Redirect(w, r, uri, http.StatusFound)
}
