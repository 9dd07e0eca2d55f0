package validator // import "example.com/realworld/miniflux/internal/validator"

import (
	"example.com/realworld/miniflux/internal/locale"
	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/storage"
)

// ValidateAPIKeyCreation ensures API key creation requests include a description and are unique per user.
// internal/validator/api_key.go:13 (called by api createAPIKeyHandler and ui
// saveAPIKey, which then call store.CreateAPIKey).
func ValidateAPIKeyCreation(store *storage.Storage, userID int64, request *model.APIKeyCreationRequest) *locale.LocalizedError {
	if request.Description == "" {
		return locale.NewLocalizedError("error.fields_mandatory")
	}

	if store.APIKeyExists(userID, request.Description) { // race
		return locale.NewLocalizedError("error.api_key_already_exists")
	}

	return nil
}
