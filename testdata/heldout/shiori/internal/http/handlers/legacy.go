package handlers

import (
	"net/http"

	"example.com/heldout/shiori/internal/model"
	"example.com/heldout/shiori/internal/webserver"
	"example.com/heldout/shiori/third_party/httprouter"
)

// LegacyHandler reproduces internal/http/handlers/legacy.go:14.
type LegacyHandler struct {
	legacyHandler *webserver.Handler
}

// NewLegacyHandler reproduces internal/http/handlers/legacy.go:18 (reduced).
func NewLegacyHandler(deps model.Dependencies) *LegacyHandler {
	handler := webserver.GetLegacyHandler(webserver.Config{
		DB:       deps.Database(),
		DataDir:  deps.Config().Storage.DataDir,
		RootPath: deps.Config().Http.RootPath,
		Log:      false, // Already handled by middleware
	}, deps)

	return &LegacyHandler{
		legacyHandler: handler,
	}
}

// convertParams converts standard URL parameters to httprouter.Params
// Reproduces internal/http/handlers/legacy.go:33.
func (h *LegacyHandler) convertParams(r *http.Request) httprouter.Params {
	routerParams := httprouter.Params{}
	for key, value := range r.URL.Query() {
		routerParams = append(routerParams, httprouter.Param{
			Key:   key,
			Value: value[0],
		})
	}

	return routerParams
}

// HandleUpdateBookmark handles PUT /api/bookmarks
// Reproduces internal/http/handlers/legacy.go:93.
func (h *LegacyHandler) HandleUpdateBookmark(deps model.Dependencies, c model.WebContext) {
	h.legacyHandler.ApiUpdateBookmark(c.ResponseWriter(), c.Request(), h.convertParams(c.Request()))
}

// HandleUpdateBookmarkTags handles PUT /api/bookmarks/tags
// Reproduces internal/http/handlers/legacy.go:98.
func (h *LegacyHandler) HandleUpdateBookmarkTags(deps model.Dependencies, c model.WebContext) {
	h.legacyHandler.ApiUpdateBookmarkTags(c.ResponseWriter(), c.Request(), h.convertParams(c.Request()))
}

// HandleInsertViaExtension handles POST /api/bookmarks/ext
// Reproduces internal/http/handlers/legacy.go:103.
func (h *LegacyHandler) HandleInsertViaExtension(deps model.Dependencies, c model.WebContext) {
	h.legacyHandler.ApiInsertViaExtension(c.ResponseWriter(), c.Request(), h.convertParams(c.Request()))
}

// HandleDeleteViaExtension handles DELETE /api/bookmarks/ext
// Reproduces internal/http/handlers/legacy.go:108.
func (h *LegacyHandler) HandleDeleteViaExtension(deps model.Dependencies, c model.WebContext) {
	h.legacyHandler.ApiDeleteViaExtension(c.ResponseWriter(), c.Request(), h.convertParams(c.Request()))
}
