package datastore

import (
	"example.com/realworld/woodpecker/server/model"
)

// ForgeGet is server/store/datastore/forge.go:21.
func (s storage) ForgeGet(id int64) (*model.Forge, error) {
	forge := new(model.Forge)
	return forge, wrapGet(s.engine.ID(id).Get(forge))
}

// ForgeCreate is forge.go:31.
func (s storage) ForgeCreate(forge *model.Forge) error {
	// only Insert set auto created ID back to object
	return wrapInsert(s.engine.Insert(forge))
}

// ForgeUpdate is forge.go:36.
func (s storage) ForgeUpdate(forge *model.Forge) error {
	_, err := s.engine.ID(forge.ID).AllCols().Update(forge)
	return err
}
