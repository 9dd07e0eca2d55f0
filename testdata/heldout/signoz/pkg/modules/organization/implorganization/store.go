// Package implorganization reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/modules/organization/implorganization
// (store.go, getter.go, setter.go).
package implorganization

import (
	"context"

	"example.com/heldout/signoz/pkg/sqlstore"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/valuer"
)

type store struct {
	sqlstore sqlstore.SQLStore
}

func NewStore(sqlstore sqlstore.SQLStore) types.OrganizationStore {
	return &store{sqlstore: sqlstore}
}

// Create reproduces store.go:20.
func (store *store) Create(ctx context.Context, organization *types.Organization) error {
	_, err := store.
		sqlstore.
		BunDBCtx(ctx).
		NewInsert().
		Model(organization).
		Exec(ctx)
	if err != nil {
		return store.sqlstore.WrapAlreadyExistsErrf(err, types.ErrOrganizationAlreadyExists, "organization with name: %s already exists", organization.Name)
	}

	return nil
}

// Get reproduces store.go:34.
func (store *store) Get(ctx context.Context, id valuer.UUID) (*types.Organization, error) {
	organization := new(types.Organization)
	err := store.
		sqlstore.
		BunDB().
		NewSelect().
		Model(organization).
		Where("id = ?", id.StringValue()).
		Scan(ctx)
	if err != nil {
		return nil, store.sqlstore.WrapNotFoundErrf(err, types.ErrOrganizationNotFound, "organization with id: %s does not exist", id.StringValue())
	}

	return organization, nil
}

// GetByName reproduces store.go:50.
func (store *store) GetByName(ctx context.Context, name string) (*types.Organization, error) {
	organization := new(types.Organization)
	err := store.
		sqlstore.
		BunDB().
		NewSelect().
		Model(organization).
		Where("name = ?", name).
		Scan(ctx)
	if err != nil {
		return nil, store.sqlstore.WrapNotFoundErrf(err, types.ErrOrganizationNotFound, "organization with name %s does not exist", name)
	}

	return organization, nil
}
