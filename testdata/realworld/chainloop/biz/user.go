// Package biz reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/biz.
package biz

import (
	"context"
	"fmt"
	"strings"
	"time"

	"example.com/realworld/chainloop/authz"
	"github.com/google/uuid"
)

// User is biz/user.go:38.
type User struct {
	ID                  string
	FirstName           string
	LastName            string
	Email               string
	CreatedAt           *time.Time
	UpdatedAt           *time.Time
	HasRestrictedAccess *bool
}

// UserRepo is biz/user.go:48.
type UserRepo interface {
	CreateByEmail(ctx context.Context, email string, firstName, lastName *string) (*User, error)
	FindByEmail(ctx context.Context, email string) (*User, error)
	FindByID(ctx context.Context, userID uuid.UUID) (*User, error)
	UpdateNameAndLastName(ctx context.Context, userID uuid.UUID, firstName, lastName *string) (*User, error)
}

// UserUseCase is biz/user.go:66.
type UserUseCase struct {
	userRepo            UserRepo
	organizationUseCase *OrganizationUseCase
}

// UpsertByEmailOpts is biz/user.go:144.
type UpsertByEmailOpts struct {
	// DisableAutoOnboarding, if set to true, will skip the auto-onboarding process
	DisableAutoOnboarding *bool
	FirstName             *string
	LastName              *string
	SSOGroups             []string
	// Source indicates the authentication method used (e.g., "oidc", "saml")
	Source string
}

// UpsertByEmail is biz/user.go:157: FindByEmail, nil -> CreateByEmail
// (audit dispatch and access syncer trimmed).
func (uc *UserUseCase) UpsertByEmail(ctx context.Context, email string, opts *UpsertByEmailOpts) (*User, error) {
	if opts == nil {
		opts = &UpsertByEmailOpts{}
	}
	// emails are case-insensitive
	email = strings.ToLower(email)
	u, err := uc.userRepo.FindByEmail(ctx, email) // race
	if err != nil {
		return nil, err
	}

	// Signup case
	if u == nil {
		u, err = uc.userRepo.CreateByEmail(ctx, email, opts.FirstName, opts.LastName)
		if err != nil {
			return nil, fmt.Errorf("failed to create user: %w", err)
		}
	}

	// Update the user's first and last name if they differ from the provided options
	if (opts.FirstName != nil && u.FirstName != *opts.FirstName) || (opts.LastName != nil && u.LastName != *opts.LastName) {
		u, err = uc.userRepo.UpdateNameAndLastName(ctx, uuid.MustParse(u.ID), opts.FirstName, opts.LastName)
		if err != nil {
			return nil, fmt.Errorf("failed to update user name: %w", err)
		}
	}

	// Auto-onboard the user to the organizations defined in the configuration
	if opts.DisableAutoOnboarding == nil || !*opts.DisableAutoOnboarding {
		if err := uc.organizationUseCase.AutoOnboardOrganizations(ctx, u.ID); err != nil {
			return nil, fmt.Errorf("failed to auto-onboard user: %w", err)
		}
	}

	return u, nil
}

// OnboardingSpec stands in for conf/controlplane/config/v1 OnboardingSpec
// (config.pb.go:43).
type OnboardingSpec struct {
	Name string
	Role authz.Role
}

// GetName is the protobuf getter of OnboardingSpec.
func (x *OnboardingSpec) GetName() string { return x.Name }

// GetRole is the protobuf getter of OnboardingSpec.
func (x *OnboardingSpec) GetRole() authz.Role { return x.Role }

// PbRoleToBiz is biz/user.go:283 (the protobuf enum is already an authz.Role here).
func PbRoleToBiz(r authz.Role) authz.Role {
	return r
}
