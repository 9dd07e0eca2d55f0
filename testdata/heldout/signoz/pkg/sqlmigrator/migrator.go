// Package sqlmigrator reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/sqlmigrator/migrator.go: the migrations run
// under bun/migrate's lock (a row in migration_lock), one process at a time,
// and each is marked applied once.
package sqlmigrator

import (
	"context"
	"time"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/sqlstore"
	"github.com/uptrace/bun/migrate"
)

const (
	migrationTableName     string = "migration"
	migrationLockTableName string = "migration_lock"
)

type Config struct {
	Lock Lock
}

type Lock struct {
	Timeout  time.Duration
	Interval time.Duration
}

type migrator struct {
	config   Config
	migrator *migrate.Migrator
}

// New reproduces migrator.go:28.
func New(ctx context.Context, sqlstore sqlstore.SQLStore, migrations *migrate.Migrations, config Config) *migrator {
	return &migrator{
		migrator: migrate.NewMigrator(
			sqlstore.BunDB(),
			migrations,
			migrate.WithTableName(migrationTableName),
			migrate.WithLocksTableName(migrationLockTableName),
			// This is to ensure that the migration is marked as applied only on success. If the migration fails, no entry is made in the migration table
			// and the migration will be retried.
			migrate.WithMarkAppliedOnSuccess(true),
		),
		config: config,
	}
}

// Migrate reproduces migrator.go:45.
func (migrator *migrator) Migrate(ctx context.Context) error {
	if err := migrator.migrator.Init(ctx); err != nil {
		return err
	}

	if err := migrator.Lock(ctx); err != nil {
		return err
	}

	defer migrator.migrator.Unlock(ctx) //nolint:errcheck

	_, err := migrator.migrator.Migrate(ctx)
	return err
}

// Lock reproduces migrator.go:113 (logging trimmed).
func (migrator *migrator) Lock(ctx context.Context) error {
	if err := migrator.migrator.Lock(ctx); err == nil {
		return nil
	}

	timer := time.NewTimer(migrator.config.Lock.Timeout)
	defer timer.Stop()

	ticker := time.NewTicker(migrator.config.Lock.Interval)
	defer ticker.Stop()

	for {
		select {
		case <-timer.C:
			return errors.New(errors.TypeInternal, errors.MustNewCode("timeout"), "timed out waiting for lock")
		case <-ticker.C:
			if err := migrator.migrator.Lock(ctx); err == nil {
				return nil
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
