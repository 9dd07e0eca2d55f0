package app

import (
	"example.com/heldout/focalboard/server/model"
)

// CreateCategory reproduces server/app/category.go:20 (broadcast dropped).
func (a *App) CreateCategory(category *model.Category) (*model.Category, error) {
	category.Hydrate()
	if err := category.IsValid(); err != nil {
		return nil, err
	}

	if err := a.store.CreateCategory(*category); err != nil {
		return nil, err
	}

	createdCategory, err := a.store.GetCategory(category.ID)
	if err != nil {
		return nil, err
	}

	return createdCategory, nil
}
