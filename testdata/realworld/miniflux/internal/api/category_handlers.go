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

// createCategoryHandler is internal/api/category_handlers.go:20: the title
// check is in ValidateCategoryCreation (validator/category.go:18), then
// CreateCategory (:34).
func (h *handler) createCategoryHandler(w http.ResponseWriter, r *http.Request) {
	userID := request.UserID(r)

	var categoryCreationRequest model.CategoryCreationRequest
	if err := json_parser.NewDecoder(r.Body).Decode(&categoryCreationRequest); err != nil {
		response.JSONBadRequest(w, r, err)
		return
	}

	if validationErr := validator.ValidateCategoryCreation(h.store, userID, &categoryCreationRequest); validationErr != nil {
		response.JSONBadRequest(w, r, validationErr.Error())
		return
	}

	category, err := h.store.CreateCategory(userID, &categoryCreationRequest)
	if err != nil {
		response.JSONServerError(w, r, err)
		return
	}

	response.JSONCreated(w, r, category)
}

// updateCategoryHandler is internal/api/category_handlers.go:43.
func (h *handler) updateCategoryHandler(w http.ResponseWriter, r *http.Request) {
	userID := request.UserID(r)

	categoryID := request.RouteInt64Param(r, "categoryID")
	if categoryID == 0 {
		response.JSONBadRequest(w, r, errors.New("invalid category ID"))
		return
	}

	category, err := h.store.Category(userID, categoryID)
	if err != nil {
		response.JSONServerError(w, r, err)
		return
	}

	if category == nil {
		response.JSONNotFound(w, r)
		return
	}

	var categoryModificationRequest model.CategoryModificationRequest
	if err := json_parser.NewDecoder(r.Body).Decode(&categoryModificationRequest); err != nil {
		response.JSONBadRequest(w, r, err)
		return
	}

	if validationErr := validator.ValidateCategoryModification(h.store, userID, category.ID, &categoryModificationRequest); validationErr != nil {
		response.JSONBadRequest(w, r, validationErr.Error())
		return
	}

	categoryModificationRequest.Patch(category)

	if err := h.store.UpdateCategory(category); err != nil {
		response.JSONServerError(w, r, err)
		return
	}

	response.JSONCreated(w, r, category)
}
