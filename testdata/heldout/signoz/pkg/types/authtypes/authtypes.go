// Package authtypes reproduces, trimmed, github.com/SigNoz/signoz/pkg/types/authtypes
// (role.go, user_role.go).
package authtypes

import (
	"context"
	"time"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/valuer"
	"github.com/uptrace/bun"
)

var (
	ErrCodeRoleNotFound          = errors.MustNewCode("role_not_found")
	ErrCodeRoleAlreadyExists     = errors.MustNewCode("role_already_exists")
	ErrCodeUserRoleAlreadyExists = errors.MustNewCode("user_role_already_exists")
	ErrCodeUserRolesNotFound     = errors.MustNewCode("user_roles_not_found")
)

const (
	SigNozAdminRoleName  = "signoz-admin"
	SigNozViewerRoleName = "signoz-viewer"
)

// Role reproduces pkg/types/authtypes/role.go:58 (table role; unique
// (name, org_id), pkg/sqlmigration/053_add_role.go:73).
type Role struct {
	bun.BaseModel `bun:"table:role"`

	types.Identifiable
	types.TimeAuditable
	Name              string        `bun:"name,type:string" json:"name" required:"true"`
	Description       string        `bun:"description,type:string"  json:"description" required:"true"`
	Type              valuer.String `bun:"type,type:string" json:"type" required:"true"`
	OrgID             valuer.UUID   `bun:"org_id,type:string" json:"orgId" required:"true"`
	TransactionGroups string        `bun:"transaction_groups,nullzero,type:text" json:"transactionGroups" required:"true" nullable:"false"`
}

// RoleStore reproduces pkg/types/authtypes/role.go:255 (trimmed).
type RoleStore interface {
	Create(context.Context, *Role) error
	Get(context.Context, valuer.UUID, valuer.UUID) (*Role, error)
	GetByOrgIDAndName(context.Context, valuer.UUID, string) (*Role, error)
	ListByOrgIDAndNames(context.Context, valuer.UUID, []string) ([]*Role, error)
	RunInTx(context.Context, func(ctx context.Context) error) error
}

// UserRole reproduces pkg/types/authtypes/user_role.go:20 (table user_role;
// unique (user_id, role_id), pkg/sqlmigration/071_add_user_role.go:112-117).
type UserRole struct {
	bun.BaseModel `bun:"table:user_role,alias:user_role"`

	ID        valuer.UUID `bun:"id,pk,type:text" json:"id" required:"true"`
	UserID    valuer.UUID `bun:"user_id" json:"userId" required:"true"`
	RoleID    valuer.UUID `bun:"role_id" json:"roleId" required:"true"`
	CreatedAt time.Time   `bun:"created_at" json:"createdAt" required:"true"`
	UpdatedAt time.Time   `bun:"updated_at" json:"updatedAt" required:"true"`

	// read only fields
	Role *Role `bun:"rel:belongs-to,join:role_id=id" json:"role" required:"true"`
}

func NewUserRoles(userID valuer.UUID, roles []*Role) []*UserRole {
	userRoles := make([]*UserRole, len(roles))

	for idx, role := range roles {
		userRoles[idx] = newUserRole(userID, role.ID)
	}

	return userRoles
}

func newUserRole(userID valuer.UUID, roleID valuer.UUID) *UserRole {
	return &UserRole{
		ID:        valuer.GenerateUUID(),
		UserID:    userID,
		RoleID:    roleID,
		CreatedAt: time.Now(),
		UpdatedAt: time.Now(),
	}
}

// UserRoleStore reproduces pkg/types/authtypes/user_role.go:112 (trimmed).
type UserRoleStore interface {
	// create user roles in bulk
	CreateUserRoles(ctx context.Context, userRoles []*UserRole) error

	// get user roles by user id
	GetUserRolesByUserID(ctx context.Context, userID valuer.UUID) ([]*UserRole, error)
}
