// Package openfgaauthz reproduces, trimmed,
// github.com/SigNoz/signoz/ee/authz/openfgaauthz/provider.go (the enterprise
// AuthZ, which supports custom roles).
package openfgaauthz

import (
	"context"

	"example.com/heldout/signoz/pkg/authz"
	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/licensing"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type provider struct {
	pkgAuthzService authz.AuthZ
	licensing       licensing.Licensing
	store           authtypes.RoleStore
}

func New(pkgAuthzService authz.AuthZ, licensing licensing.Licensing, store authtypes.RoleStore) authz.AuthZ {
	return &provider{pkgAuthzService: pkgAuthzService, licensing: licensing, store: store}
}

// GetByOrgIDAndName reproduces provider.go:130.
func (provider *provider) GetByOrgIDAndName(ctx context.Context, orgID valuer.UUID, name string) (*authtypes.Role, error) {
	return provider.pkgAuthzService.GetByOrgIDAndName(ctx, orgID, name)
}

func (provider *provider) ListByOrgIDAndNames(ctx context.Context, orgID valuer.UUID, names []string) ([]*authtypes.Role, error) {
	return provider.pkgAuthzService.ListByOrgIDAndNames(ctx, orgID, names)
}

func (provider *provider) Grant(ctx context.Context, orgID valuer.UUID, names []string, subject string) error {
	return provider.pkgAuthzService.Grant(ctx, orgID, names, subject)
}

// Write stands for provider.go:122 (OpenFGA tuple write, not SQL).
func (provider *provider) Write(ctx context.Context, additions []string, deletions []string) error {
	return nil
}

// Create reproduces provider.go:178 (lookup :184, insert :203). Called by
// signozauthzapi handler Create (POST /api/v1/roles), handler.go:40.
func (provider *provider) Create(ctx context.Context, orgID valuer.UUID, role *authtypes.Role) error {
	_, err := provider.licensing.GetActive(ctx, orgID)
	if err != nil {
		return errors.New(errors.TypeLicenseUnavailable, errors.CodeLicenseUnavailable, "a valid license is not available").WithAdditional("this feature requires a valid license").WithAdditional(err.Error())
	}

	existingRole, err := provider.GetByOrgIDAndName(ctx, orgID, role.Name) // safe: the lookup rejects a duplicate name (found -> AlreadyExists) and never returns the row; the unique (name, org_id) of 053_add_role.go:73 turns a concurrent loser's insert into TypeAlreadyExists as well (sqlauthzstore Create), the outcome a serial second call gets
	if err != nil && !errors.Asc(err, authtypes.ErrCodeRoleNotFound) {
		return err
	}

	if existingRole != nil {
		return errors.Newf(errors.TypeAlreadyExists, authtypes.ErrCodeRoleAlreadyExists, "role with name: %s already exists", existingRole.Name)
	}

	err = provider.Write(ctx, []string{"role:" + orgID.StringValue() + "/" + role.Name}, nil)
	if err != nil {
		return err
	}

	return provider.store.Create(ctx, role)
}
