package api // import "example.com/realworld/miniflux/internal/api"

import (
	json_parser "encoding/json"
	"errors"
	"net/http"

	"example.com/realworld/miniflux/internal/http/request"
	"example.com/realworld/miniflux/internal/http/response"
	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/validator"
)

// createUserHandler is internal/api/user_handlers.go:33: the username check is
// in ValidateUserCreationWithPassword (validator/user.go:22), then CreateUser.
func (h *handler) createUserHandler(w http.ResponseWriter, r *http.Request) {
	if !request.IsAdminUser(r) {
		response.JSONForbidden(w, r)
		return
	}

	var userCreationRequest model.UserCreationRequest
	if err := json_parser.NewDecoder(r.Body).Decode(&userCreationRequest); err != nil {
		response.JSONBadRequest(w, r, err)
		return
	}

	if validationErr := validator.ValidateUserCreationWithPassword(h.store, &userCreationRequest); validationErr != nil {
		response.JSONBadRequest(w, r, validationErr.Error())
		return
	}

	user, err := h.store.CreateUser(&userCreationRequest)
	if err != nil {
		response.JSONServerError(w, r, err)
		return
	}

	response.JSONCreated(w, r, user)
}

// updateUserHandler is internal/api/user_handlers.go:59 (permission checks trimmed).
func (h *handler) updateUserHandler(w http.ResponseWriter, r *http.Request) {
	userID := request.RouteInt64Param(r, "userID")
	if userID == 0 {
		response.JSONBadRequest(w, r, errors.New("invalid user ID"))
		return
	}

	var userModificationRequest model.UserModificationRequest
	if err := json_parser.NewDecoder(r.Body).Decode(&userModificationRequest); err != nil {
		response.JSONBadRequest(w, r, err)
		return
	}

	originalUser, err := h.store.UserByID(userID)
	if err != nil {
		response.JSONServerError(w, r, err)
		return
	}

	if originalUser == nil {
		response.JSONNotFound(w, r)
		return
	}

	if validationErr := validator.ValidateUserModification(h.store, originalUser.ID, &userModificationRequest); validationErr != nil {
		response.JSONBadRequest(w, r, validationErr.Error())
		return
	}

	userModificationRequest.Patch(originalUser)
	if err = h.store.UpdateUser(originalUser); err != nil {
		response.JSONServerError(w, r, err)
		return
	}

	response.JSONCreated(w, r, originalUser)
}
