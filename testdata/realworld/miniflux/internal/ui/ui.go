// Package ui is a reduced copy of miniflux internal/ui (web UI handlers and
// middlewares).
package ui // import "example.com/realworld/miniflux/internal/ui"

import (
	"fmt"
	"net/http"

	"example.com/realworld/miniflux/internal/storage"
)

type handler struct {
	store    *storage.Storage
	basePath string
}

func (h *handler) routePath(format string, args ...any) string {
	return h.basePath + fmt.Sprintf(format, args...)
}

// Serve registers the reproduced routes (internal/ui/ui.go:19-154).
func Serve(mux *http.ServeMux, store *storage.Storage, basePath string) http.Handler {
	webSessionMiddleware := newWebSessionMiddleware(basePath, store)
	authProxyMiddleware := newAuthProxyMiddleware(basePath, store)
	handler := &handler{store: store, basePath: basePath}
	mux.HandleFunc("POST /entry/share/{entryID}", handler.createSharedEntry)
	mux.HandleFunc("POST /integration", handler.updateIntegration)
	mux.HandleFunc("GET /oauth2/{provider}/callback", handler.oauth2Callback)
	return webSessionMiddleware.handle(authProxyMiddleware.handle(mux))
}
