// Package api reproduces github.com/mattermost/focalboard/server/api,
// trimmed to the registration handler.
package api

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"

	"example.com/heldout/focalboard/server/app"
)

type API struct {
	app             *app.App
	singleUserToken string
}

func NewAPI(a *app.App, singleUserToken string) *API {
	return &API{app: a, singleUserToken: singleUserToken}
}

// RegisterRequest reproduces server/model/auth.go RegisterRequest.
type RegisterRequest struct {
	Username string `json:"username"`
	Email    string `json:"email"`
	Password string `json:"password"`
	Token    string `json:"token"`
}

// handleRegister reproduces server/api/auth.go:153-245 (POST
// /api/v2/register), trimmed (audit records and validation dropped).
func (a *API) handleRegister(w http.ResponseWriter, r *http.Request) {
	if len(a.singleUserToken) > 0 {
		// Not permitted in single-user mode
		http.Error(w, "not permitted in single-user mode", http.StatusUnauthorized)
		return
	}

	requestBody, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}

	var registerData RegisterRequest
	err = json.Unmarshal(requestBody, &registerData)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	registerData.Email = strings.TrimSpace(registerData.Email)
	registerData.Username = strings.TrimSpace(registerData.Username)

	// Validate token
	if len(registerData.Token) > 0 {
		team, err2 := a.app.GetRootTeam()
		if err2 != nil {
			http.Error(w, err2.Error(), http.StatusInternalServerError)
			return
		}

		if registerData.Token != team.SignupToken {
			http.Error(w, "invalid token", http.StatusUnauthorized)
			return
		}
	} else {
		// No signup token, check if no active users
		// A count limit on the first (token-less) registration, not a
		// uniqueness check: concurrent first registrations can each pass
		// and create differently named users under fresh ids.
		userCount, err2 := a.app.GetRegisteredUserCount() // safe: count limit (first user may register without a token), the new user has a fresh generated id
		if err2 != nil {
			http.Error(w, err2.Error(), http.StatusInternalServerError)
			return
		}
		if userCount > 0 {
			http.Error(w, "no sign-up token and user(s) already exist", http.StatusUnauthorized)
			return
		}
	}

	err = a.app.RegisterUser(registerData.Username, registerData.Email, registerData.Password)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}

	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte("{}"))
}

// RegisterRoutes registers the handler (api.go: apiv2.HandleFunc("/register", ...).Methods("POST")).
func (a *API) RegisterRoutes(mux *http.ServeMux) {
	mux.HandleFunc("/api/v2/register", a.handleRegister)
}
