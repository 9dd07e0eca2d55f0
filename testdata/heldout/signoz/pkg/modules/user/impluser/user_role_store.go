package impluser

import (
	"context"

	"example.com/heldout/signoz/pkg/sqlstore"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type userRoleStore struct {
	sqlstore sqlstore.SQLStore
}

func NewUserRoleStore(sqlstore sqlstore.SQLStore) authtypes.UserRoleStore {
	return &userRoleStore{sqlstore: sqlstore}
}

// CreateUserRoles reproduces user_role_store.go:41.
func (store *userRoleStore) CreateUserRoles(ctx context.Context, userRoles []*authtypes.UserRole) error {
	_, err := store.sqlstore.
		BunDBCtx(ctx).
		NewInsert().
		Model(&userRoles).
		Exec(ctx)
	if err != nil {
		return store.sqlstore.WrapAlreadyExistsErrf(err, authtypes.ErrCodeUserRoleAlreadyExists, "duplicate role assignments for user")
	}
	return nil
}

// GetUserRolesByUserID reproduces user_role_store.go:81.
func (store *userRoleStore) GetUserRolesByUserID(ctx context.Context, userID valuer.UUID) ([]*authtypes.UserRole, error) {
	userRoles := make([]*authtypes.UserRole, 0)

	err := store.sqlstore.
		BunDBCtx(ctx).
		NewSelect().
		Model(&userRoles).
		Where("user_id = ?", userID).
		Relation("Role").
		Scan(ctx)
	if err != nil {
		return nil, err
	}

	return userRoles, nil
}
