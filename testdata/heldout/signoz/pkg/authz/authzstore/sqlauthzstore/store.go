// Package sqlauthzstore reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/authz/authzstore/sqlauthzstore/store.go: the
// role table.
package sqlauthzstore

import (
	"context"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/sqlstore"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
)

type store struct {
	sqlstore sqlstore.SQLStore
}

func NewSqlAuthzStore(sqlstore sqlstore.SQLStore) authtypes.RoleStore {
	return &store{sqlstore: sqlstore}
}

// Create reproduces store.go:21.
func (store *store) Create(ctx context.Context, role *authtypes.Role) error {
	_, err := store.
		sqlstore.
		BunDBCtx(ctx).
		NewInsert().
		Model(role).
		Exec(ctx)
	if err != nil {
		return store.sqlstore.WrapAlreadyExistsErrf(err, errors.CodeAlreadyExists, "role with name: %s already exists", role.Name)
	}

	return nil
}

// Get reproduces store.go:35.
func (store *store) Get(ctx context.Context, orgID valuer.UUID, id valuer.UUID) (*authtypes.Role, error) {
	role := new(authtypes.Role)
	err := store.
		sqlstore.
		BunDBCtx(ctx).
		NewSelect().
		Model(role).
		Where("org_id = ?", orgID).
		Where("id = ?", id).
		Scan(ctx)
	if err != nil {
		return nil, store.sqlstore.WrapNotFoundErrf(err, authtypes.ErrCodeRoleNotFound, "role with id: %s doesn't exist", id)
	}

	return role, nil
}

// GetByOrgIDAndName reproduces store.go:52.
func (store *store) GetByOrgIDAndName(ctx context.Context, orgID valuer.UUID, name string) (*authtypes.Role, error) {
	role := new(authtypes.Role)
	err := store.
		sqlstore.
		BunDBCtx(ctx).
		NewSelect().
		Model(role).
		Where("org_id = ?", orgID).
		Where("name = ?", name).
		Scan(ctx)
	if err != nil {
		return nil, store.sqlstore.WrapNotFoundErrf(err, authtypes.ErrCodeRoleNotFound, "role with name: %s doesn't exist", name)
	}

	return role, nil
}

// ListByOrgIDAndNames reproduces store.go:85.
func (store *store) ListByOrgIDAndNames(ctx context.Context, orgID valuer.UUID, names []string) ([]*authtypes.Role, error) {
	roles := make([]*authtypes.Role, 0)
	err := store.
		sqlstore.
		BunDBCtx(ctx).
		NewSelect().
		Model(&roles).
		Where("org_id = ?", orgID).
		Where("name IN (?)", bun.In(names)).
		Scan(ctx)
	if err != nil {
		return nil, err
	}

	if len(roles) != len(names) {
		return nil, errors.Newf(errors.TypeInvalidInput, authtypes.ErrCodeRoleNotFound, "not all roles found for the provided names: %v", names)
	}

	return roles, nil
}

// RunInTx reproduces store.go:159.
func (store *store) RunInTx(ctx context.Context, cb func(ctx context.Context) error) error {
	return store.sqlstore.RunInTxCtx(ctx, nil, func(ctx context.Context) error {
		return cb(ctx)
	})
}
