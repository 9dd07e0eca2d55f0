// Package api is a reduced copy of miniflux internal/api (REST API handlers).
package api // import "example.com/realworld/miniflux/internal/api"

import (
	"net/http"

	"example.com/realworld/miniflux/internal/storage"
)

type handler struct {
	store *storage.Storage
}

// NewHandler registers the reproduced routes (internal/api/api.go:25-73).
func NewHandler(store *storage.Storage) http.Handler {
	handler := &handler{store: store}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/users", handler.createUserHandler)
	mux.HandleFunc("PUT /v1/users/{userID}", handler.updateUserHandler)
	mux.HandleFunc("POST /v1/categories", handler.createCategoryHandler)
	mux.HandleFunc("PUT /v1/categories/{categoryID}", handler.updateCategoryHandler)
	mux.HandleFunc("PUT /v1/feeds/{feedID}", handler.updateFeedHandler)
	mux.HandleFunc("POST /v1/feeds/{feedID}/entries/import", handler.importFeedEntryHandler)
	mux.HandleFunc("POST /v1/api-keys", handler.createAPIKeyHandler)
	return mux
}
