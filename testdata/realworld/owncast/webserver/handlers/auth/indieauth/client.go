package indieauth

import (
	"fmt"
	"net/http"

	log "example.com/realworld/owncast/third_party/logrus"

	ia "example.com/realworld/owncast/auth/indieauth"
	"example.com/realworld/owncast/models"
	"example.com/realworld/owncast/persistence/userrepository"
	"example.com/realworld/owncast/services/chat"
	webutils "example.com/realworld/owncast/webserver/utils"
)

// Handler bundles the dependencies the IndieAuth handlers need.
type Handler struct {
	chat           *chat.Service
	userRepository userrepository.UserRepository
	indieAuth      *ia.Service
}

// HandleRedirect is webserver/handlers/auth/indieauth/client.go:83 (GET
// /api/auth/indieauth/callback). The identity lookup is at :95
// (userrepository.GetUserByAuth, userrepository.go:351), the insert at :122
// (userrepository.AddAuth, userrepository.go:295).
func (h *Handler) HandleRedirect(w http.ResponseWriter, r *http.Request) {
	state := r.URL.Query().Get("state")
	code := r.URL.Query().Get("code")
	request, response, err := h.indieAuth.HandleCallbackCode(code, state)
	if err != nil {
		log.Debugln(err)
		msg := `Unable to complete authentication. <a href="/">Go back.</a><hr/>`
		_ = webutils.WriteString(w, msg, http.StatusBadRequest)
		return
	}

	// Check if a user with this auth already exists, if so, log them in.
	if u := h.userRepository.GetUserByAuth(response.Me, models.IndieAuth); u != nil { // race; no unique key: auth has only the non-unique idx_auth_auth_key (persistence/migrations/00004_linked_identities.sql:38); the unique idx_auth_plugin_identity (:46) is partial to type = 'plugin.auth'
		// Handle existing auth.
		log.Debugln("user with provided indieauth already exists, logging them in")

		// Update the current user's access token to point to the existing user id.
		accessToken := request.CurrentAccessToken
		userID := u.ID
		if err := h.userRepository.SetAccessTokenToOwner(accessToken, userID); err != nil {
			webutils.WriteSimpleResponse(w, false, err.Error())
			return
		}

		if request.DisplayName != u.DisplayName {
			loginMessage := fmt.Sprintf("**%s** is now authenticated as **%s**", request.DisplayName, u.DisplayName)
			if err := h.chat.SendSystemAction(loginMessage, true); err != nil {
				log.Errorln(err)
			}
		}

		http.Redirect(w, r, "/", http.StatusTemporaryRedirect)

		return
	}

	// Otherwise, save this as new auth. The IndieAuth "me" URL is both the auth
	// key and the public profile link, so record it as the profile URL too.
	log.Debug("indieauth token does not already exist, saving it as a new one for the current user")
	if err := h.userRepository.AddAuth(request.UserID, response.Me, models.IndieAuth, &models.LinkedIdentityFields{ProfileURL: response.Me}); err != nil {
		webutils.WriteSimpleResponse(w, false, err.Error())
		return
	}

	// Update the current user's authenticated flag so we can show it in
	// the chat UI.
	if err := h.userRepository.SetUserAsAuthenticated(request.UserID); err != nil {
		log.Errorln(err)
	}

	http.Redirect(w, r, "/", http.StatusTemporaryRedirect)
}
