package impluser

import (
	"context"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/modules/user"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type getter struct {
	store         types.UserStore
	userRoleStore authtypes.UserRoleStore
}

func NewGetter(store types.UserStore, userRoleStore authtypes.UserRoleStore) user.Getter {
	return &getter{store: store, userRoleStore: userRoleStore}
}

func (module *getter) GetUserByOrgIDAndID(ctx context.Context, orgID valuer.UUID, userID valuer.UUID) (*types.User, error) {
	return module.store.GetByOrgIDAndID(ctx, orgID, userID)
}

// GetNonDeletedUserByEmailAndOrgID reproduces getter.go:93: not found is an
// error of type TypeNotFound built here (no row is not an error of the store).
// GetNonDeletedUserByEmailAndOrgID restricts that only one non-deleted user email can exist for an org ID, if found more, it throws an error.
func (module *getter) GetNonDeletedUserByEmailAndOrgID(ctx context.Context, email valuer.Email, orgID valuer.UUID) (*types.User, error) {
	existingUsers, err := module.store.GetNonDeletedUsersByEmailAndOrgID(ctx, email, orgID)
	if err != nil {
		return nil, err
	}

	if len(existingUsers) > 1 {
		return nil, errors.Newf(errors.TypeInternal, errors.CodeInternal, "Multiple non-deleted users found for email %s in org_id: %s", email.StringValue(), orgID.StringValue())
	}

	if len(existingUsers) == 1 {
		return existingUsers[0], nil
	}

	return nil, errors.Newf(errors.TypeNotFound, errors.CodeNotFound, "No non-deleted user found with email %s in org_id: %s", email.StringValue(), orgID.StringValue())

}

// GetRolesByUserID reproduces getter.go:111.
func (module *getter) GetRolesByUserID(ctx context.Context, userID valuer.UUID) ([]*authtypes.UserRole, error) {
	userRoles, err := module.userRoleStore.GetUserRolesByUserID(ctx, userID)
	if err != nil {
		return nil, err
	}

	return userRoles, nil
}
