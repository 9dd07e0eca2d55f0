// Package biz reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/biz.
package biz

import (
	"context"
	"fmt"
	"time"

	"example.com/realworld/chainloop/authz"
	"github.com/google/uuid"
)

// Organization is biz/organization.go:36 (settings fields trimmed).
type Organization struct {
	ID, Name  string
	CreatedAt *time.Time
	UpdatedAt *time.Time
}

// OrganizationRepo is biz/organization.go:75.
type OrganizationRepo interface {
	FindByID(ctx context.Context, orgID uuid.UUID) (*Organization, error)
	FindByName(ctx context.Context, name string) (*Organization, error)
}

// OrganizationUseCase is biz/organization.go:86.
type OrganizationUseCase struct {
	orgRepo          OrganizationRepo
	membershipRepo   MembershipRepo
	onboardingConfig []*OnboardingSpec
}

// AutoOnboardOrganizations is biz/organization.go:342.
func (uc *OrganizationUseCase) AutoOnboardOrganizations(ctx context.Context, userID string) error {
	// Parse user UUID
	userUUID, err := uuid.Parse(userID)
	if err != nil {
		return NewErrInvalidUUID(err)
	}

	for _, spec := range uc.onboardingConfig {
		// Find organization or skip onboarding if it doesn't exist
		org, err := uc.orgRepo.FindByName(ctx, spec.GetName()) // safe: not-found skips the org (no insert); the membership check is ensureUserMembership
		if err != nil {
			return fmt.Errorf("failed to find organization: %w", err)
		} else if org == nil {
			continue
		}

		// Ensure user membership
		if err := uc.ensureUserMembership(ctx, org, userUUID, PbRoleToBiz(spec.GetRole())); err != nil {
			return fmt.Errorf("failed to ensure user membership: %w", err)
		}
	}

	return nil
}

// ensureUserMembership is biz/organization.go:373: FindByOrgAndUser, nil ->
// membershipRepo.Create.
func (uc *OrganizationUseCase) ensureUserMembership(ctx context.Context, org *Organization, userUUID uuid.UUID, role authz.Role) error {
	orgUUID, err := uuid.Parse(org.ID)
	if err != nil {
		return NewErrInvalidUUID(err)
	}

	m, err := uc.membershipRepo.FindByOrgAndUser(ctx, orgUUID, userUUID) // race
	if err != nil {
		return fmt.Errorf("failed to find membership: %w", err)
	}

	if m != nil {
		// Membership already exists, no further action needed
		return nil
	}

	// Create the membership with the specified role
	_, err = uc.membershipRepo.Create(ctx, orgUUID, userUUID, true, role)
	if err != nil {
		return fmt.Errorf("failed to create membership: %w", err)
	}

	return nil
}
