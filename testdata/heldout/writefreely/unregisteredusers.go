// Reduced copy of unregisteredusers.go of github.com/writefreely/writefreely
// at 6384f4667b5adb3a7c571c8da26b99f93db697ce.

package writefreely

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"example.com/heldout/writefreely/third_party/impart"
	"example.com/heldout/writefreely/third_party/log"
)

// handleUsernameCheck is unregisteredusers.go:74 (POST /api/alias,
// routes.go:128).
// { "username": "asdf" }
// result: { code: 204 }
func handleUsernameCheck(app *App, w http.ResponseWriter, r *http.Request) error {
	reqJSON := IsJSON(r)

	// Get params
	var d struct {
		Username string `json:"username"`
	}
	if reqJSON {
		decoder := json.NewDecoder(r.Body)
		err := decoder.Decode(&d)
		if err != nil {
			log.Error("Couldn't decode username check: %v\n", err)
			return ErrBadFormData
		}
	} else {
		return impart.HTTPError{Status: http.StatusNotAcceptable, Message: "Must be JSON request"}
	}

	// Check if username is okay
	finalUsername := getSlug(d.Username, "")
	if finalUsername == "" {
		errMsg := "Invalid username"
		if d.Username != "" {
			// Username was provided, but didn't convert into valid latin characters
			errMsg += " - must have at least 2 letters or numbers"
		}
		return impart.HTTPError{Status: http.StatusBadRequest, Message: errMsg + "."}
	}
	if app.db.PostIDExists(finalUsername) {
		return impart.HTTPError{Status: http.StatusConflict, Message: "Username is already taken."}
	}
	var un string
	err := app.db.QueryRow("SELECT username FROM users WHERE username = ?", finalUsername).Scan(&un) // safe: availability probe for the signup form; nothing is inserted on this path (the signup is a later request that relies on the UNIQUE username)
	switch {
	case err == sql.ErrNoRows:
		return impart.WriteSuccess(w, finalUsername, http.StatusOK)
	case err != nil:
		log.Error("Couldn't SELECT username: %v", err)
		return impart.HTTPError{Status: http.StatusInternalServerError, Message: "We messed up."}
	}

	// Username was found, so it's taken
	return impart.HTTPError{Status: http.StatusConflict, Message: "Username is already taken."}
}

// getValidUsername is unregisteredusers.go:119.
func getValidUsername(app *App, reqName, prevName string) (string, *impart.HTTPError) {
	// Check if username is okay
	finalUsername := getSlug(reqName, "")
	if finalUsername == "" {
		errMsg := "Invalid username"
		if reqName != "" {
			// Username was provided, but didn't convert into valid latin characters
			errMsg += " - must have at least 2 letters or numbers"
		}
		return "", &impart.HTTPError{Status: http.StatusBadRequest, Message: errMsg + "."}
	}
	if finalUsername == prevName {
		return "", &impart.HTTPError{Status: http.StatusNotModified, Message: "Username unchanged."}
	}
	if app.db.PostIDExists(finalUsername) {
		return "", &impart.HTTPError{Status: http.StatusConflict, Message: "Username is already taken."}
	}
	var un string
	err := app.db.QueryRow("SELECT username FROM users WHERE username = ?", finalUsername).Scan(&un)
	switch {
	case err == sql.ErrNoRows:
		return finalUsername, nil
	case err != nil:
		log.Error("Couldn't SELECT username: %v", err)
		return "", &impart.HTTPError{Status: http.StatusInternalServerError, Message: "We messed up."}
	}

	// Username was found, so it's taken
	return "", &impart.HTTPError{Status: http.StatusConflict, Message: "Username is already taken."}
}
