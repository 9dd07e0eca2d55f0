package hooks

import (
	"context"
	"errors"
	"fmt"
	"time"

	"example.com/heldout/convoy/config"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/internal/configuration"
	"example.com/heldout/convoy/internal/pkg/cli"
	"example.com/heldout/convoy/internal/users"
	"example.com/heldout/convoy/third_party/ulid"
)

// PreRun is the bootstrap part of the root command's PersistentPreRunE
// (hooks.go:165-174): every convoy process that bootstraps (server, worker,
// agent, ...) runs it against the shared database at start-up.
func PreRun(app *cli.App, cfg config.Configuration) error {
	err := ensureDefaultUser(context.Background(), app)
	if err != nil {
		return err
	}

	_, err = ensureInstanceConfig(context.Background(), app, cfg)
	if err != nil {
		return err
	}

	return nil
}

func ensureInstanceConfig(ctx context.Context, a *cli.App, cfg config.Configuration) (*datastore.Configuration, error) {
	configRepo := configuration.New(a.Logger, a.DB)

	// (upstream: S3 / on-prem / Azure blob settings copied into the storage policy; not reproduced)

	storagePolicy := &datastore.StoragePolicyConfiguration{
		Type: datastore.StorageType(cfg.StoragePolicy.Type),
	}

	retentionPolicy := &datastore.RetentionPolicyConfiguration{
		Policy:                   cfg.RetentionPolicy.Policy,
		IsRetentionPolicyEnabled: cfg.RetentionPolicy.IsRetentionPolicyEnabled,
	}

	configuration, err := configRepo.LoadConfiguration(ctx) // race; no unique key: configurations has only id TEXT PRIMARY KEY (sql/1677078479.sql:233); the singleton is a convention (LoadConfiguration ... LIMIT 1)
	if err != nil {
		if errors.Is(err, datastore.ErrConfigNotFound) {
			a.Logger.Info("Creating Instance Config")
			c := &datastore.Configuration{
				UID:                ulid.Make().String(),
				StoragePolicy:      storagePolicy,
				IsAnalyticsEnabled: cfg.Analytics.IsEnabled,
				IsSignupEnabled:    cfg.Auth.IsSignupEnabled,
				RetentionPolicy:    retentionPolicy,
				CreatedAt:          time.Now(),
				UpdatedAt:          time.Now(),
			}

			return c, configRepo.CreateConfiguration(ctx, c)
		}

		return configuration, err
	}

	configuration.StoragePolicy = storagePolicy
	configuration.IsSignupEnabled = cfg.Auth.IsSignupEnabled
	configuration.IsAnalyticsEnabled = cfg.Analytics.IsEnabled
	configuration.RetentionPolicy = retentionPolicy
	configuration.UpdatedAt = time.Now()

	return configuration, configRepo.UpdateConfiguration(ctx, configuration)
}

func ensureDefaultUser(ctx context.Context, a *cli.App) error {
	userRepo := users.New(a.Logger, a.DB)
	count, err := userRepo.CountUsers(ctx) // safe: the default user has a fixed email; a concurrent start-up loses on users_email_key and ErrDuplicateEmail is treated as success
	if err != nil {
		return fmt.Errorf("failed to count users: %v", err)
	}

	if count > 0 {
		return nil
	}

	p := datastore.Password{Plaintext: "default"}
	err = p.GenerateHash()

	if err != nil {
		return err
	}

	defaultUser := &datastore.User{
		UID:           ulid.Make().String(),
		FirstName:     "default",
		LastName:      "default",
		Email:         "superuser@default.com",
		Password:      string(p.Hash),
		EmailVerified: true,
		CreatedAt:     time.Now(),
		UpdatedAt:     time.Now(),
	}

	err = userRepo.CreateUser(ctx, defaultUser)
	if err != nil {
		if errors.Is(err, datastore.ErrDuplicateEmail) {
			return nil
		}
		return fmt.Errorf("failed to create user - %w", err)
	}

	a.Logger.Infof("Created Superuser with username: %s", defaultUser.Email)
	fmt.Printf("Superuser created successfully:\n  Username: %s\n  Password: %s\n", defaultUser.Email, p.Plaintext)

	return nil
}
