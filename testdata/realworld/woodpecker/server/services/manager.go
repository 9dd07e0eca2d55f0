package services

import (
	"example.com/realworld/woodpecker/server/forge"
	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/services/registry"
	"example.com/realworld/woodpecker/server/services/secret"
	"example.com/realworld/woodpecker/server/store"
	"example.com/realworld/woodpecker/third_party/cli"
)

// SetupForge is server/services/manager.go SetupForge.
type SetupForge func(forge *model.Forge) (forge.Forge, error)

// Manager is server/services/manager.go:36, reduced.
type Manager interface {
	SecretServiceFromRepo(repo *model.Repo) secret.Service
	RegistryServiceFromRepo(repo *model.Repo) registry.Service
	ForgeFromRepo(repo *model.Repo) (forge.Forge, error)
	ForgeFromUser(user *model.User) (forge.Forge, error)
	ForgeByID(forgeID int64) (forge.Forge, error)
}

type manager struct {
	secret     secret.Service
	registry   registry.Service
	store      store.Store
	setupForge SetupForge
}

// NewManager is server/services/manager.go:65, reduced: both start-up
// get-or-create helpers run here, sequentially, from setupEvilGlobals
// (cmd/server/setup.go:172) before any server goroutine is started.
func NewManager(c *cli.Command, store store.Store, setupForge SetupForge) (Manager, error) {
	_, _, err := setupSignatureKeys(store)
	if err != nil {
		return nil, err
	}

	err = setupForgeService(c, store)
	if err != nil {
		return nil, err
	}

	return &manager{
		secret:     secret.NewDB(store),
		registry:   registry.NewDB(store),
		store:      store,
		setupForge: setupForge,
	}, nil
}

func (m *manager) SecretServiceFromRepo(_ *model.Repo) secret.Service { return m.secret }

func (m *manager) RegistryServiceFromRepo(_ *model.Repo) registry.Service { return m.registry }

func (m *manager) ForgeFromRepo(repo *model.Repo) (forge.Forge, error) {
	return m.ForgeByID(repo.ForgeID)
}

func (m *manager) ForgeFromUser(user *model.User) (forge.Forge, error) {
	return m.ForgeByID(user.ForgeID)
}

func (m *manager) ForgeByID(id int64) (forge.Forge, error) {
	forgeModel, err := m.store.ForgeGet(id)
	if err != nil {
		return nil, err
	}
	return m.setupForge(forgeModel)
}
