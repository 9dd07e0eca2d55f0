package kv

import (
	"context"
	"errors"
	"fmt"
)

type Migrator interface {
	Migrate(ctx context.Context) error
}

type DatabaseMigrator struct {
	params Params
}

func NewDatabaseMigrator(params Params) *DatabaseMigrator {
	return &DatabaseMigrator{
		params: params,
	}
}

func (d *DatabaseMigrator) Migrate(ctx context.Context) error {
	kvStore, err := Open(ctx, d.params)
	if err != nil {
		return fmt.Errorf("failed to open KV store: %w", err)
	}
	defer kvStore.Close()
	version, err := GetDBSchemaVersion(ctx, kvStore) // safe: the create is SetDBSchemaVersion, a Set (INSERT ... ON CONFLICT (partition_key,key) DO UPDATE) of the same constant; concurrent callers write the same value
	if err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("failed to setup KV store: %w", err)
	}
	if version < InitialMigrateVersion { // 0 In case of ErrNotFound
		return SetDBSchemaVersion(ctx, kvStore, NextSchemaVersion-1)
	}
	return nil
}
