package ui // import "example.com/realworld/miniflux/internal/ui"

import (
	"errors"
	"log/slog"
	"net/http"

	"example.com/realworld/miniflux/internal/config"
	"example.com/realworld/miniflux/internal/http/request"
	"example.com/realworld/miniflux/internal/http/response"
	"example.com/realworld/miniflux/internal/model"
)

// oauth2Callback is internal/ui/oauth2_callback.go:19 (state/PKCE checks,
// session messages and logging trimmed). Logged-in branch: link the profile
// to the current user (:78 check, :103 UpdateUser). Anonymous branch: look
// the user up by provider id (:113), else check the username (:125) and
// create the user (:133).
func (h *handler) oauth2Callback(w http.ResponseWriter, r *http.Request) {
	provider := request.RouteStringParam(r, "provider")
	if provider == "" {
		response.HTMLRedirect(w, r, h.routePath("/"))
		return
	}

	code := request.QueryStringParam(r, "code", "")
	if code == "" {
		response.HTMLRedirect(w, r, h.routePath("/"))
		return
	}

	authProvider, err := findProvider(provider)
	if err != nil {
		response.HTMLRedirect(w, r, h.routePath("/"))
		return
	}

	profile, err := authProvider.Profile(r.Context(), code, "")
	if err != nil {
		response.HTMLRedirect(w, r, h.routePath("/"))
		return
	}

	if request.IsAuthenticated(r) {
		loggedUser, err := h.store.UserByID(request.UserID(r))
		if err != nil {
			response.HTMLServerError(w, r, err)
			return
		}

		if h.store.AnotherUserWithFieldExists(loggedUser.ID, profile.Key, profile.ID) { // safe: guards an UPDATE of the logged-in user's own row (users_google_id_idx / users_openid_connect_id_idx are unique), no insert
			response.HTMLRedirect(w, r, h.routePath("/settings"))
			return
		}

		existingProfileID := authProvider.UserProfileID(loggedUser)
		if existingProfileID != "" && existingProfileID != profile.ID {
			response.HTMLRedirect(w, r, h.routePath("/settings"))
			return
		}

		authProvider.PopulateUserWithProfileID(loggedUser, profile)
		if err := h.store.UpdateUser(loggedUser); err != nil {
			response.HTMLServerError(w, r, err)
			return
		}

		response.HTMLRedirect(w, r, h.routePath("/settings"))
		return
	}

	user, err := h.store.UserByField(profile.Key, profile.ID) // race
	if err != nil {
		response.HTMLServerError(w, r, err)
		return
	}

	if user == nil {
		if !config.Opts.IsOAuth2UserCreationAllowed() {
			response.HTMLForbidden(w, r)
			return
		}

		if h.store.UserExists(profile.Username) {
			response.HTMLBadRequest(w, r, errors.New("error.user_already_exists"))
			return
		}

		userCreationRequest := &model.UserCreationRequest{Username: profile.Username}
		authProvider.PopulateUserCreationWithProfileID(userCreationRequest, profile)

		user, err = h.store.CreateUser(userCreationRequest)
		if err != nil {
			response.HTMLServerError(w, r, err)
			return
		}
	}

	slog.Info("User authenticated successfully using OAuth2",
		slog.Int64("user_id", user.ID),
		slog.String("username", user.Username),
	)

	h.store.SetLastLogin(user.ID)
	response.HTMLRedirect(w, r, h.basePath+"/"+user.DefaultHomePage)
}
