package implserviceaccount

import (
	"context"

	"example.com/heldout/signoz/pkg/authz"
	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/modules/serviceaccount"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/types/serviceaccounttypes"
	"example.com/heldout/signoz/pkg/valuer"
)

// module reproduces module.go:23 (cache, analytics trimmed).
type module struct {
	store  serviceaccounttypes.Store
	authz  authz.AuthZ
	config serviceaccount.Config
}

func NewModule(store serviceaccounttypes.Store, authz authz.AuthZ, config serviceaccount.Config) serviceaccount.Module {
	return &module{store: store, authz: authz, config: config}
}

// Create reproduces module.go:38.
func (module *module) Create(ctx context.Context, orgID valuer.UUID, serviceAccount *serviceaccounttypes.ServiceAccount) error {
	err := module.store.Create(ctx, serviceAccount)
	if err != nil {
		return err
	}

	return nil
}

// GetOrCreate reproduces module.go:49 (lookup :50, create :59).
func (module *module) GetOrCreate(ctx context.Context, orgID valuer.UUID, serviceAccountWithRoles *serviceaccounttypes.ServiceAccount) (*serviceaccounttypes.ServiceAccount, error) {
	// service_account has the partial unique (name, org_id) WHERE status !=
	// 'deleted' (073_add_service_account.go:72-77); the lookup asks for status
	// = 'active' (the only other status): two concurrent callers both miss,
	// the second Create fails with ErrCodeServiceAccountAlreadyExists.
	existingServiceAccount, err := module.GetActiveByOrgIDAndName(ctx, serviceAccountWithRoles.OrgID, serviceAccountWithRoles.Name) // race
	if err != nil && !errors.Ast(err, errors.TypeNotFound) {
		return nil, err
	}

	if existingServiceAccount != nil {
		return existingServiceAccount, nil
	}

	err = module.Create(ctx, orgID, serviceAccountWithRoles)
	if err != nil {
		return nil, err
	}

	return serviceAccountWithRoles, nil
}

// GetActiveByOrgIDAndName reproduces module.go:67.
func (module *module) GetActiveByOrgIDAndName(ctx context.Context, orgID valuer.UUID, name string) (*serviceaccounttypes.ServiceAccount, error) {
	serviceAccount, err := module.store.GetActiveByOrgIDAndName(ctx, orgID, name)
	if err != nil {
		return nil, err
	}

	return module.Get(ctx, orgID, serviceAccount.ID)
}

// GetWithRoles reproduces module.go:76.
func (module *module) GetWithRoles(ctx context.Context, orgID valuer.UUID, id valuer.UUID) (*serviceaccounttypes.ServiceAccountWithRoles, error) {
	serviceAccountWithRoles, err := module.store.GetWithRoles(ctx, orgID, id)
	if err != nil {
		return nil, err
	}

	return serviceAccountWithRoles, nil
}

// Get reproduces module.go:85.
func (module *module) Get(ctx context.Context, orgID valuer.UUID, id valuer.UUID) (*serviceaccounttypes.ServiceAccount, error) {
	storableServiceAccount, err := module.store.Get(ctx, orgID, id)
	if err != nil {
		return nil, err
	}

	return storableServiceAccount, nil
}

// SetRoleByName reproduces module.go:123.
func (module *module) SetRoleByName(ctx context.Context, orgID valuer.UUID, id valuer.UUID, name string) (*serviceaccounttypes.ServiceAccountRole, error) {
	role, err := module.authz.GetByOrgIDAndName(ctx, orgID, name)
	if err != nil {
		return nil, err
	}

	return module.setRole(ctx, orgID, id, role)
}

// CreateFactorAPIKey reproduces module.go:204 (analytics trimmed).
func (module *module) CreateFactorAPIKey(ctx context.Context, factorAPIKey *serviceaccounttypes.FactorAPIKey) error {
	err := module.store.CreateFactorAPIKey(ctx, factorAPIKey)
	if err != nil {
		return err
	}

	return nil
}

// GetOrCreateFactorAPIKey reproduces module.go:218 (lookup :219, create :228).
func (module *module) GetOrCreateFactorAPIKey(ctx context.Context, factorAPIKey *serviceaccounttypes.FactorAPIKey) (*serviceaccounttypes.FactorAPIKey, error) {
	// factor_api_key has unique (name, service_account_id)
	// (074_deprecate_api_key.go:335): two concurrent callers both miss, the
	// second CreateFactorAPIKey fails with ErrCodeAPIKeyAlreadyExists.
	existingFactorAPIKey, err := module.store.GetFactorAPIKeyByName(ctx, factorAPIKey.ServiceAccountID, factorAPIKey.Name) // race
	if err != nil && !errors.Ast(err, errors.TypeNotFound) {
		return nil, err
	}

	if existingFactorAPIKey != nil {
		return existingFactorAPIKey, nil
	}

	err = module.CreateFactorAPIKey(ctx, factorAPIKey)
	if err != nil {
		return nil, err
	}

	return factorAPIKey, nil
}

func (module *module) Config() serviceaccount.Config {
	return module.config
}

// setRole reproduces module.go:379 (insert :395, lookup on conflict :401;
// the OpenFGA grant, idempotent, is reduced to Grant).
func (module *module) setRole(ctx context.Context, orgID valuer.UUID, id valuer.UUID, role *authtypes.Role) (*serviceaccounttypes.ServiceAccountRole, error) {
	serviceAccount, err := module.Get(ctx, orgID, id)
	if err != nil {
		return nil, err
	}

	serviceAccountRole, err := serviceAccount.AddRole(role)
	if err != nil {
		return nil, err
	}

	err = module.authz.Grant(ctx, orgID, []string{role.Name}, "serviceaccount:"+id.String())
	if err != nil {
		return nil, err
	}

	err = module.store.CreateServiceAccountRole(ctx, serviceAccountRole)
	if err != nil {
		if !errors.Ast(err, errors.TypeAlreadyExists) {
			return nil, err
		}

		serviceAccountWithRoles, err := module.GetWithRoles(ctx, orgID, id) // safe: insert first on the unique (service_account_id, role_id) key (073_add_service_account.go:115); the lookup only reads the winner after AlreadyExists, outside any transaction
		if err != nil {
			return nil, err
		}

		for _, existingServiceAccountRole := range serviceAccountWithRoles.ServiceAccountRoles {
			if existingServiceAccountRole.RoleID == role.ID {
				serviceAccountRole = existingServiceAccountRole
				break
			}
		}
	}

	return serviceAccountRole, nil
}
