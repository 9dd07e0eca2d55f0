package validator // import "example.com/realworld/miniflux/internal/validator"

import (
	"strings"

	"example.com/realworld/miniflux/internal/locale"
	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/storage"
)

// ValidateUserCreationWithPassword validates user creation with a password.
// internal/validator/user.go:17 (called by api createUserHandler, ui saveUser
// and cli createAdminUser, each of which then calls store.CreateUser).
func ValidateUserCreationWithPassword(store *storage.Storage, request *model.UserCreationRequest) *locale.LocalizedError {
	if request.Username == "" {
		return locale.NewLocalizedError("error.user_mandatory_fields")
	}

	if store.UserExists(request.Username) { // race
		return locale.NewLocalizedError("error.user_already_exists")
	}

	if err := validateUsername(request.Username); err != nil {
		return err
	}

	if err := validatePassword(request.Password); err != nil {
		return err
	}

	return nil
}

// ValidateUserModification validates user modifications.
// internal/validator/user.go:38 (theme, language, ... checks trimmed).
func ValidateUserModification(store *storage.Storage, userID int64, changes *model.UserModificationRequest) *locale.LocalizedError {
	if changes.Username != nil {
		if *changes.Username == "" {
			return locale.NewLocalizedError("error.user_mandatory_fields")
		} else if store.AnotherUserExists(userID, *changes.Username) { // safe: guards an UPDATE of the user's own row (users.username is unique), no insert
			return locale.NewLocalizedError("error.user_already_exists")
		}
	}

	if changes.Password != nil {
		if err := validatePassword(*changes.Password); err != nil {
			return err
		}
	}

	return nil
}

// validatePassword is internal/validator/user.go:163.
func validatePassword(password string) *locale.LocalizedError {
	if len(password) < 6 {
		return locale.NewLocalizedError("error.password_min_length")
	}
	return nil
}

// validateUsername is internal/validator/user.go:176 (reduced).
func validateUsername(username string) *locale.LocalizedError {
	if strings.ContainsAny(username, " \t") {
		return locale.NewLocalizedError("error.invalid_username")
	}
	return nil
}
