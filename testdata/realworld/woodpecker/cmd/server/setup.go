package main

import (
	"context"
	"encoding/base32"
	"errors"
	"fmt"

	"example.com/realworld/woodpecker/server"
	"example.com/realworld/woodpecker/server/forge"
	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/services"
	"example.com/realworld/woodpecker/server/store"
	"example.com/realworld/woodpecker/server/store/datastore"
	"example.com/realworld/woodpecker/server/store/types"
	"example.com/realworld/woodpecker/third_party/cli"
	"example.com/realworld/woodpecker/third_party/random"
	"example.com/realworld/woodpecker/third_party/zerolog/log"
)

// setupStore is cmd/server/setup.go:49, reduced: open the engine and run
// the migrations (xormigrate, then xorm Sync of every model).
func setupStore(ctx context.Context, c *cli.Command) (store.Store, error) {
	store, err := datastore.NewEngine(&datastore.Opts{
		Driver: c.String("db-driver"),
		Config: c.String("db-datasource"),
	})
	if err != nil {
		return nil, fmt.Errorf("could not open datastore: %w", err)
	}

	if err = store.Ping(); err != nil {
		return nil, err
	}

	if err := store.Migrate(ctx, c.Bool("migrations-allow-long")); err != nil {
		return nil, fmt.Errorf("could not migrate datastore: %w", err)
	}

	return store, nil
}

const jwtSecretID = "jwt-secret"

// setupJWTSecret is cmd/server/setup.go:141.
func setupJWTSecret(_store store.Store) (string, error) {
	jwtSecret, err := _store.ServerConfigGet(jwtSecretID) // safe: start-up only, called once from setupEvilGlobals (cmd/server/server.go:120) before the errgroup starts any server goroutine
	if errors.Is(err, types.ErrRecordNotExist) {
		jwtSecret := base32.StdEncoding.EncodeToString(
			random.GetRandomBytes(32),
		)
		err = _store.ServerConfigSet(jwtSecretID, jwtSecret)
		if err != nil {
			return "", err
		}
		log.Debug().Msg("created jwt secret")
		return jwtSecret, nil
	}

	if err != nil {
		return "", err
	}

	return jwtSecret, nil
}

// setupEvilGlobals is cmd/server/setup.go:162, reduced to the two
// start-up get-or-create paths.
func setupEvilGlobals(_ context.Context, c *cli.Command, s store.Store) (err error) {
	server.Config.Services.Manager, err = services.NewManager(c, s, func(*model.Forge) (forge.Forge, error) {
		return nil, errors.New("no forge in the reproduction")
	})
	if err != nil {
		return fmt.Errorf("could not setup service manager: %w", err)
	}

	// server configuration
	server.Config.Server.JWTSecret, err = setupJWTSecret(s)
	if err != nil {
		return fmt.Errorf("could not setup jwt secret: %w", err)
	}
	return nil
}
