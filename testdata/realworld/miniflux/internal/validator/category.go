package validator // import "example.com/realworld/miniflux/internal/validator"

import (
	"example.com/realworld/miniflux/internal/locale"
	"example.com/realworld/miniflux/internal/model"
	"example.com/realworld/miniflux/internal/storage"
)

// ValidateCategoryCreation validates category creation.
// internal/validator/category.go:13 (called by api createCategoryHandler and
// ui saveCategory, which then call store.CreateCategory).
func ValidateCategoryCreation(store *storage.Storage, userID int64, request *model.CategoryCreationRequest) *locale.LocalizedError {
	if request.Title == "" {
		return locale.NewLocalizedError("error.title_required")
	}

	if store.CategoryTitleExists(userID, request.Title) { // race
		return locale.NewLocalizedError("error.category_already_exists")
	}

	return nil
}

// ValidateCategoryModification validates category modification.
// internal/validator/category.go:26
func ValidateCategoryModification(store *storage.Storage, userID, categoryID int64, request *model.CategoryModificationRequest) *locale.LocalizedError {
	if request.Title != nil {
		if *request.Title == "" {
			return locale.NewLocalizedError("error.title_required")
		}

		if store.AnotherCategoryExists(userID, categoryID, *request.Title) { // safe: guards an UPDATE (rename) of an existing category, no insert
			return locale.NewLocalizedError("error.category_already_exists")
		}
	}

	return nil
}
