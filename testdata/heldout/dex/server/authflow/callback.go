package authflow

import (
	"net/http"

	"example.com/heldout/dex/connector"
	"example.com/heldout/dex/storage"
)

// CallbackConnector is the connector side of an OAuth2 callback (upstream
// connector.CallbackConnector, reduced).
type CallbackConnector interface {
	connector.Connector
	HandleCallback(r *http.Request) (connector.Identity, error)
}

// handleConnectorCallback is GET /callback/{connector}: the upstream identity
// provider redirects the browser here, the identity is persisted by
// finalizeLogin and the browser session by CreateOrUpdateAuthSession.
// Reproduces upstream server/authflow/callback.go:17-114 (connector lookup,
// SAML branch and error rendering reduced).
func (h *Handler) handleConnectorCallback(w http.ResponseWriter, r *http.Request, conn CallbackConnector) {
	ctx := r.Context()
	authID := r.URL.Query().Get("state")

	authReq, err := h.Storage.GetAuthRequest(ctx, authID)
	if err != nil {
		if err == storage.ErrNotFound {
			http.Error(w, "Requested resource does not exist.", http.StatusBadRequest)
			return
		}
		http.Error(w, "Database error.", http.StatusInternalServerError)
		return
	}

	identity, err := conn.HandleCallback(r)
	if err != nil {
		http.Error(w, "Failed to authenticate.", http.StatusInternalServerError)
		return
	}

	authReq, err = h.finalizeLogin(ctx, identity, authReq, conn)
	if err != nil {
		h.Logger.ErrorContext(r.Context(), "failed to finalize login", "err", err)
		http.Error(w, "Login error.", http.StatusInternalServerError)
		return
	}

	rememberMe := h.Sessions.RememberMeDefault()
	if err := h.Sessions.CreateOrUpdateAuthSession(ctx, r, w, authReq, rememberMe != nil && *rememberMe); err != nil {
		h.Logger.ErrorContext(ctx, "failed to create/update auth session", "err", err)
	}

	http.Redirect(w, r, "/approval?req="+authReq.ID, http.StatusSeeOther)
}
