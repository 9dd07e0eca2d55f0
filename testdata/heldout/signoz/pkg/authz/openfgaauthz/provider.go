// Package openfgaauthz reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/authz/openfgaauthz/provider.go (the community
// AuthZ: role reads from SQL, grants to OpenFGA, custom roles unsupported).
package openfgaauthz

import (
	"context"

	"example.com/heldout/signoz/pkg/authz"
	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type provider struct {
	store authtypes.RoleStore
}

func New(store authtypes.RoleStore) authz.AuthZ {
	return &provider{store: store}
}

// GetByOrgIDAndName reproduces provider.go:86.
func (provider *provider) GetByOrgIDAndName(ctx context.Context, orgID valuer.UUID, name string) (*authtypes.Role, error) {
	return provider.store.GetByOrgIDAndName(ctx, orgID, name)
}

// ListByOrgIDAndNames reproduces provider.go:103.
func (provider *provider) ListByOrgIDAndNames(ctx context.Context, orgID valuer.UUID, names []string) ([]*authtypes.Role, error) {
	return provider.store.ListByOrgIDAndNames(ctx, orgID, names)
}

// Grant writes OpenFGA tuples (openfgaserver; not SQL, trimmed).
func (provider *provider) Grant(ctx context.Context, orgID valuer.UUID, names []string, subject string) error {
	return nil
}

// Create reproduces provider.go:180.
func (provider *provider) Create(_ context.Context, _ valuer.UUID, _ *authtypes.Role) error {
	return errors.Newf(errors.TypeUnsupported, errors.MustNewCode("role_unsupported"), "not implemented")
}
