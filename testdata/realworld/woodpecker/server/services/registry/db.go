package registry

import (
	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/store"
)

// Service is server/services/registry/service.go, reduced.
type Service interface {
	RegistryFind(*model.Repo, string) (*model.Registry, error)
	RegistryDelete(*model.Repo, string) error
}

type db struct {
	store store.Store
}

// NewDB returns a new local registry service
// (server/services/registry/db.go:29).
func NewDB(store store.Store) Service {
	return &db{store}
}

// RegistryFind is db.go:33.
func (d *db) RegistryFind(repo *model.Repo, addr string) (*model.Registry, error) {
	return d.store.RegistryFind(repo, addr)
}

// RegistryDelete is db.go:82 (OrgRegistryDelete :106 and
// GlobalRegistryDelete :130 have the same shape).
func (d *db) RegistryDelete(repo *model.Repo, addr string) error {
	registry, err := d.store.RegistryFind(repo, addr) // safe: the lookup only guards a DELETE by id, nothing is inserted
	if err != nil {
		return err
	}
	return d.store.RegistryDelete(registry)
}
