// Reduced copy of errors.go of github.com/writefreely/writefreely.

package writefreely

import (
	"net/http"

	"example.com/heldout/writefreely/third_party/impart"
)

// Commonly returned HTTP errors (errors.go:20-61)
var (
	ErrBadFormData    = impart.HTTPError{Status: http.StatusBadRequest, Message: "Expected valid form data."}
	ErrBadJSON        = impart.HTTPError{Status: http.StatusBadRequest, Message: "Expected valid JSON object."}
	ErrBadAccessToken = impart.HTTPError{Status: http.StatusUnauthorized, Message: "Invalid access token."}
	ErrNoAccessToken  = impart.HTTPError{Status: http.StatusBadRequest, Message: "Authorization token required."}
	ErrNotLoggedIn    = impart.HTTPError{Status: http.StatusUnauthorized, Message: "Not logged in."}

	ErrUnauthorizedGeneral = impart.HTTPError{Status: http.StatusUnauthorized, Message: "You don't have permission to do that."}

	ErrInternalGeneral = impart.HTTPError{Status: http.StatusInternalServerError, Message: "The humans messed something up. They've been notified."}

	ErrCollectionNotFound = impart.HTTPError{Status: http.StatusNotFound, Message: "Collection doesn't exist."}

	ErrUserNotFound       = impart.HTTPError{Status: http.StatusNotFound, Message: "User doesn't exist."}
	ErrRemoteUserNotFound = impart.HTTPError{Status: http.StatusNotFound, Message: "Remote user not found."}
	ErrUserNotFoundEmail  = impart.HTTPError{Status: http.StatusNotFound, Message: "Please enter your username instead of your email address."}

	ErrDisabledPasswordAuth = impart.HTTPError{Status: http.StatusForbidden, Message: "Password authentication is disabled."}
)
