package fediverse

import (
	"encoding/json"
	"fmt"
	"net/http"

	log "example.com/realworld/owncast/third_party/logrus"

	fediverseauth "example.com/realworld/owncast/auth/fediverse"
	"example.com/realworld/owncast/models"
	"example.com/realworld/owncast/persistence/userrepository"
	"example.com/realworld/owncast/services/chat"
	webutils "example.com/realworld/owncast/webserver/utils"
)

// Handler bundles the dependencies the fediverse auth handlers need.
type Handler struct {
	chat           *chat.Service
	fediverseAuth  *fediverseauth.Service
	userRepository userrepository.UserRepository
}

// VerifyFediverseOTPRequestJSONBody stands in for the generated request body.
type VerifyFediverseOTPRequestJSONBody struct {
	Code *string `json:"code,omitempty"`
}

// VerifyFediverseOTPRequest is webserver/handlers/auth/fediverse/fediverse.go:87
// (POST /api/auth/fediverse/verify). The identity lookup is at :109
// (userrepository.GetUserByAuth, userrepository.go:351), the insert at :136
// (userrepository.AddAuth, userrepository.go:295).
func (h *Handler) VerifyFediverseOTPRequest(w http.ResponseWriter, r *http.Request) {
	var req VerifyFediverseOTPRequestJSONBody

	decoder := json.NewDecoder(r.Body)
	if err := decoder.Decode(&req); err != nil {
		webutils.WriteSimpleResponse(w, false, "Could not decode request: "+err.Error())
		return
	}

	if req.Code == nil {
		webutils.WriteSimpleResponse(w, false, "Could not decode request: code is required")
		return
	}

	accessToken := r.URL.Query().Get("accessToken")
	valid, authRegistration := h.fediverseAuth.ValidateFediverseOTP(accessToken, *req.Code)
	if !valid {
		w.WriteHeader(http.StatusForbidden)
		return
	}

	// Check if a user with this auth already exists, if so, log them in.
	if u := h.userRepository.GetUserByAuth(authRegistration.Account, models.Fediverse); u != nil { // race; no unique key: auth has only the non-unique idx_auth_auth_key (persistence/migrations/00004_linked_identities.sql:38); the unique idx_auth_plugin_identity (:46) is partial to type = 'plugin.auth'
		// Handle existing auth.
		log.Debugln("user with provided fedvierse identity already exists, logging them in")

		// Update the current user's access token to point to the existing user id.
		userID := u.ID
		if err := h.userRepository.SetAccessTokenToOwner(accessToken, userID); err != nil {
			webutils.WriteSimpleResponse(w, false, err.Error())
			return
		}

		if authRegistration.UserDisplayName != u.DisplayName {
			loginMessage := fmt.Sprintf("**%s** is now authenticated as **%s**", authRegistration.UserDisplayName, u.DisplayName)
			if err := h.chat.SendSystemAction(loginMessage, true); err != nil {
				log.Errorln(err)
			}
		}

		webutils.WriteSimpleResponse(w, true, "")

		return
	}

	// Otherwise, save this as new auth. The @me@host account is the auth key and
	// the human-readable handle; the public profile URL is left to be resolved
	// from the handle (webfinger) when the public badge UI needs it.
	log.Debug("fediverse account does not already exist, saving it as a new one for the current user")
	if err := h.userRepository.AddAuth(authRegistration.UserID, authRegistration.Account, models.Fediverse, &models.LinkedIdentityFields{Handle: authRegistration.Account}); err != nil {
		webutils.WriteSimpleResponse(w, false, err.Error())
		return
	}

	// Update the current user's authenticated flag so we can show it in
	// the chat UI.
	if err := h.userRepository.SetUserAsAuthenticated(authRegistration.UserID); err != nil {
		log.Errorln(err)
	}

	webutils.WriteSimpleResponse(w, true, "")
}
