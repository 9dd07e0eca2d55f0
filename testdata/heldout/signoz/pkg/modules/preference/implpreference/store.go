// Package implpreference reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/modules/preference/implpreference (store.go,
// module.go, handler.go).
package implpreference

import (
	"context"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/sqlstore"
	"example.com/heldout/signoz/pkg/types/preferencetypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type store struct {
	sqlstore sqlstore.SQLStore
}

func NewStore(sqlstore sqlstore.SQLStore) preferencetypes.Store {
	return &store{sqlstore: sqlstore}
}

// GetByOrg reproduces store.go:20.
func (store *store) GetByOrg(ctx context.Context, orgID valuer.UUID, name preferencetypes.Name) (*preferencetypes.StorableOrgPreference, error) {
	orgPreference := new(preferencetypes.StorableOrgPreference)

	err := store.
		sqlstore.
		BunDB().
		NewSelect().
		Model(orgPreference).
		Where("name = ?", name).
		Where("org_id = ?", orgID).
		Scan(ctx)
	if err != nil {
		return nil, store.sqlstore.WrapNotFoundErrf(err, errors.CodeNotFound, "preference with name %s not found", name)
	}

	return orgPreference, nil
}

// UpsertByOrg reproduces store.go:55: the conflict target is the primary key
// id, not the unique (name, org_id).
func (store *store) UpsertByOrg(ctx context.Context, orgPreference *preferencetypes.StorableOrgPreference) error {
	_, err := store.
		sqlstore.
		BunDB().
		NewInsert().
		Model(orgPreference).
		On("CONFLICT (id) DO UPDATE").
		Exec(ctx)
	if err != nil {
		return err
	}

	return nil
}

// GetByUser reproduces store.go:70.
func (store *store) GetByUser(ctx context.Context, userID valuer.UUID, name preferencetypes.Name) (*preferencetypes.StorableUserPreference, error) {
	userPreference := new(preferencetypes.StorableUserPreference)

	err := store.
		sqlstore.
		BunDB().
		NewSelect().
		Model(userPreference).
		Where("name = ?", name).
		Where("user_id = ?", userID).
		Scan(ctx)
	if err != nil {
		return nil, store.sqlstore.WrapNotFoundErrf(err, errors.CodeNotFound, "preference with name %s not found", name)
	}

	return userPreference, nil
}

// UpsertByUser reproduces store.go:105: the conflict target is the primary
// key id, not the unique (name, user_id).
func (store *store) UpsertByUser(ctx context.Context, userPreference *preferencetypes.StorableUserPreference) error {
	_, err := store.
		sqlstore.
		BunDB().
		NewInsert().
		Model(userPreference).
		On("CONFLICT (id) DO UPDATE").
		Exec(ctx)
	if err != nil {
		return err
	}

	return nil
}
