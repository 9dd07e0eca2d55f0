// Package alertmanager reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/alertmanager (service.go and
// signozalertmanager/provider.go SetDefaultConfig).
package alertmanager

import (
	"context"
	"sync"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types/alertmanagertypes"
)

// server stands for *alertmanagerserver.Server (the in-memory alertmanager).
type server struct {
	hash string
}

func (s *server) Hash() string { return s.hash }

type Service struct {
	configStore alertmanagertypes.ConfigStore
	orgIDs      func(ctx context.Context) ([]string, error)
	servers     map[string]*server
	serversMtx  sync.RWMutex
}

func New(configStore alertmanagertypes.ConfigStore, orgIDs func(ctx context.Context) ([]string, error)) *Service {
	return &Service{configStore: configStore, orgIDs: orgIDs, servers: map[string]*server{}}
}

// SyncServers reproduces service.go:70 (run periodically by the alertmanager
// provider): newServer under serversMtx for every org without a server.
func (service *Service) SyncServers(ctx context.Context) error {
	orgIDs, err := service.orgIDs(ctx)
	if err != nil {
		return err
	}

	service.serversMtx.Lock()
	defer service.serversMtx.Unlock()
	for _, orgID := range orgIDs {
		// If the server is not present, create it and sync the config
		if _, ok := service.servers[orgID]; !ok {
			server, err := service.newServer(ctx, orgID)
			if err != nil {
				continue
			}

			service.servers[orgID] = server
		}
	}

	return nil
}

// newServer reproduces service.go:177 (config comparison and server start
// trimmed): the config getConfig returned is stored with configStore.Set.
func (service *Service) newServer(ctx context.Context, orgID string) (*server, error) {
	config, storedHash, err := service.getConfig(ctx, orgID)
	if err != nil {
		return nil, err
	}

	server := &server{hash: config.StoreableConfig().Hash}

	if storedHash == config.StoreableConfig().Hash {
		return server, nil
	}

	err = service.configStore.Set(ctx, config)
	if err != nil {
		return nil, err
	}

	return server, nil
}

// getConfig reproduces service.go:216 (lookup :217, default config :224).
// getConfig returns the config for the given orgID with overlays applied, along
// with the hash that was stored in the DB before overlays. When no config exists
// in the store yet the stored hash is empty.
func (service *Service) getConfig(ctx context.Context, orgID string) (*alertmanagertypes.Config, string, error) {
	config, err := service.configStore.Get(ctx, orgID) // safe: on not found a default config is built and newServer writes it with configStore.Set, INSERT ... ON CONFLICT (org_id) DO UPDATE on the unique org_id (021_update_alertmanager.go:57); SyncServers also holds serversMtx in the process
	var storedHash string
	if err != nil {
		if !errors.Ast(err, errors.TypeNotFound) {
			return nil, "", err
		}

		config, err = alertmanagertypes.NewDefaultConfig(orgID)
		if err != nil {
			return nil, "", err
		}
	} else {
		storedHash = config.StoreableConfig().Hash
	}

	return config, storedHash, nil
}

// SetDefaultConfig reproduces signozalertmanager/provider.go:259 (called by
// the organization setter when an org is created).
func (service *Service) SetDefaultConfig(ctx context.Context, orgID string) error {
	config, err := alertmanagertypes.NewDefaultConfig(orgID)
	if err != nil {
		return err
	}

	return service.configStore.Set(ctx, config)
}
