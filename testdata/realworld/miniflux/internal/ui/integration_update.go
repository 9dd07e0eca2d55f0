package ui // import "example.com/realworld/miniflux/internal/ui"

import (
	"crypto/md5"
	"fmt"
	"net/http"

	"example.com/realworld/miniflux/internal/http/request"
	"example.com/realworld/miniflux/internal/http/response"
)

// updateIntegration is internal/ui/integration_update.go:18 (form merge and
// the other integrations trimmed).
func (h *handler) updateIntegration(w http.ResponseWriter, r *http.Request) {
	userID := request.UserID(r)

	integration, err := h.store.Integration(userID)
	if err != nil {
		response.HTMLServerError(w, r, err)
		return
	}

	integration.FeverUsername = r.FormValue("fever_username")
	integration.FeverEnabled = r.FormValue("fever_enabled") == "1"
	feverPassword := r.FormValue("fever_password")

	if integration.FeverUsername != "" && h.store.HasDuplicateFeverUsername(userID, integration.FeverUsername) { // safe: guards an UPDATE of the user's own integrations row (primary key user_id), no insert
		response.HTMLRedirect(w, r, h.routePath("/integrations"))
		return
	}

	if integration.FeverEnabled {
		if feverPassword != "" {
			integration.FeverToken = fmt.Sprintf("%x", md5.Sum([]byte(integration.FeverUsername+":"+feverPassword)))
		}
	} else {
		integration.FeverToken = ""
	}

	err = h.store.UpdateIntegration(integration)
	if err != nil {
		response.HTMLServerError(w, r, err)
		return
	}

	response.HTMLRedirect(w, r, h.routePath("/integrations"))
}
