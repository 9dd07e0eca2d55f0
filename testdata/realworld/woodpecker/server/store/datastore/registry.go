package datastore

import (
	"xorm.io/builder"

	"example.com/realworld/woodpecker/server/model"
)

// RegistryFind is server/store/datastore/registry.go:25.
func (s storage) RegistryFind(repo *model.Repo, addr string) (*model.Registry, error) {
	reg := new(model.Registry)
	return reg, wrapGet(s.engine.Where(
		builder.Eq{"repo_id": repo.ID, "address": addr},
	).Get(reg))
}

// RegistryDelete is registry.go:57.
func (s storage) RegistryDelete(registry *model.Registry) error {
	return wrapDelete(s.engine.ID(registry.ID).Delete(new(model.Registry)))
}
