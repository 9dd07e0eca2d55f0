package postgres

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"example.com/heldout/convoy/database"
	"example.com/heldout/convoy/datastore"
	"example.com/heldout/convoy/third_party/ulid"
)

var (
	ErrFeatureFlagNotFound         = errors.New("feature flag not found")
	ErrFeatureFlagOverrideNotFound = errors.New("feature flag override not found")
	ErrEarlyAdopterFeatureNotFound = errors.New("early adopter feature not found")
)

const (
	fetchFeatureFlagByKey = `
	SELECT * FROM convoy.feature_flags
	WHERE feature_key = $1;
	`
)

// FetchFeatureFlagByKey fetches a feature flag by its key
func FetchFeatureFlagByKey(ctx context.Context, db database.Database, key string) (*datastore.FeatureFlag, error) {
	flag := &datastore.FeatureFlag{}
	err := db.GetDB().QueryRowxContext(ctx, fetchFeatureFlagByKey, key).StructScan(flag)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrFeatureFlagNotFound
		}
		return nil, err
	}

	return flag, nil
}

const (
	createFeatureFlagOverride = `
	INSERT INTO convoy.feature_flag_overrides (id, feature_flag_id, owner_type, owner_id, enabled, enabled_at, enabled_by)
	VALUES ($1, $2, $3, $4, $5, $6, $7)
	ON CONFLICT (owner_type, owner_id, feature_flag_id) 
	DO UPDATE SET enabled = $5, enabled_at = $6, enabled_by = $7, updated_at = NOW();
	`
)

// UpsertFeatureFlagOverride creates or updates a feature flag override
func UpsertFeatureFlagOverride(ctx context.Context, db database.Database, override *datastore.FeatureFlagOverride) error {
	if override.UID == "" {
		override.UID = ulid.Make().String()
	}

	var enabledAt interface{}
	if override.EnabledAt.Valid {
		enabledAt = override.EnabledAt.Time
	} else if override.Enabled {
		enabledAt = time.Now()
	} else {
		enabledAt = nil
	}

	var enabledBy interface{}
	if override.EnabledBy.Valid {
		enabledBy = override.EnabledBy.String
	} else {
		enabledBy = nil
	}

	_, err := db.GetDB().ExecContext(ctx, createFeatureFlagOverride,
		override.UID, override.FeatureFlagID, override.OwnerType, override.OwnerID,
		override.Enabled, enabledAt, enabledBy)
	if err != nil {
		return err
	}

	return nil
}
