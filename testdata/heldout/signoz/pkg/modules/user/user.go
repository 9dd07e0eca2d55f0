// Package user reproduces, trimmed, github.com/SigNoz/signoz/pkg/modules/user
// (user.go, option.go, config.go).
package user

import (
	"context"
	"net/http"
	"time"

	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type Setter interface {
	// Creates the organization and the first user of that organization.
	CreateFirstUser(ctx context.Context, organization *types.Organization, name string, email valuer.Email, password string) (*types.User, error)

	// Creates a user and sends an analytics event.
	CreateUser(ctx context.Context, user *types.User, opts ...CreateUserOption) error

	// Get or create a user. If a user with the same email and orgID already exists, it returns the existing user.
	GetOrCreateUser(ctx context.Context, user *types.User, opts ...CreateUserOption) (*types.User, error)

	// Get or Create a reset password token for a user. If the password does not exist, a new one is randomly generated and inserted. The function
	// is idempotent and can be called multiple times.
	GetOrCreateResetPasswordToken(ctx context.Context, userID valuer.UUID) (*types.ResetPasswordToken, error)

	// Initiate forgot password flow for a user
	ForgotPassword(ctx context.Context, orgID valuer.UUID, email valuer.Email, frontendBaseURL string) error

	// UpdateAnyUser updates a user and persists the changes to the database along with the analytics and identity deletion.
	UpdateAnyUser(ctx context.Context, orgID valuer.UUID, user *types.User) error

	// Creates a pending invite user with the roles given via opts and emails them the invite link.
	CreatePendingInviteUser(ctx context.Context, identityID valuer.UUID, identityEmail valuer.Email, frontendBaseURL string, user *types.User, opts ...CreateUserOption) (*types.User, error)

	AddUserRole(ctx context.Context, orgID, userID valuer.UUID, roleName string) (*authtypes.UserRole, error)
}

type Getter interface {
	// Get user by orgID and id.
	GetUserByOrgIDAndID(ctx context.Context, orgID valuer.UUID, userID valuer.UUID) (*types.User, error)

	// Gets single Non-Deleted user by email and org id
	GetNonDeletedUserByEmailAndOrgID(ctx context.Context, email valuer.Email, orgID valuer.UUID) (*types.User, error)

	// Gets the roles of a user.
	GetRolesByUserID(ctx context.Context, userID valuer.UUID) ([]*authtypes.UserRole, error)
}

type Service interface {
	Start(ctx context.Context) error
}

type Handler interface {
	CreateUser(http.ResponseWriter, *http.Request)
	CreateResetPasswordToken(http.ResponseWriter, *http.Request)
	ForgotPassword(http.ResponseWriter, *http.Request)
	CreateUserRole(http.ResponseWriter, *http.Request)
}

type createUserOptions struct {
	FactorPassword *types.FactorPassword
	RoleNames      []string
	RoleIDs        []valuer.UUID
}

type CreateUserOption func(*createUserOptions)

func WithFactorPassword(factorPassword *types.FactorPassword) CreateUserOption {
	return func(o *createUserOptions) {
		o.FactorPassword = factorPassword
	}
}

func WithRoleNames(roleNames []string) CreateUserOption {
	return func(o *createUserOptions) {
		o.RoleNames = roleNames
	}
}

func WithRoleIDs(roleIDs []valuer.UUID) CreateUserOption {
	return func(o *createUserOptions) {
		o.RoleIDs = roleIDs
	}
}

func NewCreateUserOptions(opts ...CreateUserOption) *createUserOptions {
	o := &createUserOptions{
		FactorPassword: nil,
		RoleNames:      nil,
	}

	for _, opt := range opts {
		opt(o)
	}

	return o
}

// Config reproduces, trimmed, pkg/modules/user/config.go.
type Config struct {
	Password PasswordConfig
	Root     RootConfig
}

type PasswordConfig struct {
	Reset  ResetConfig
	Invite InviteConfig
}

type ResetConfig struct {
	AllowSelf        bool
	MaxTokenLifetime time.Duration
}

type InviteConfig struct {
	MaxTokenLifetime time.Duration
}

// RootConfig reproduces pkg/modules/user/config.go:17.
type RootConfig struct {
	Enabled  bool
	Email    valuer.Email
	Password string
	Org      OrgConfig
}

type OrgConfig struct {
	ID   valuer.UUID
	Name string
}
