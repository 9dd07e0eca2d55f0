// Package biz reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/biz.
package biz

import (
	"context"
	"fmt"
	"time"

	"example.com/realworld/chainloop/authz"
	"example.com/realworld/chainloop/pagination"
	"github.com/google/uuid"
)

// Membership is biz/membership.go:34.
type Membership struct {
	ID, OrganizationID   uuid.UUID
	Current              bool
	CreatedAt, UpdatedAt *time.Time
	Org                  *Organization
	User                 *User
	Role                 authz.Role
	// polymorphic membership
	MembershipType authz.MembershipType
	MemberID       uuid.UUID
	ResourceType   authz.ResourceType
	ResourceID     uuid.UUID
	ParentID       *uuid.UUID
}

// ListByOrgOpts is biz/membership.go:50.
type ListByOrgOpts struct {
	// MembershipID the ID of the membership to filter by
	MembershipID *uuid.UUID
	// Name the name of the user to filter memberships by
	Name *string
	// Email the email of the user to filter memberships by
	Email *string
	// Role the role of the user to filter memberships by
	Role *authz.Role
}

// MembershipRepo is biz/membership.go:61 (methods not used here trimmed).
type MembershipRepo interface {
	FindByUser(ctx context.Context, userID uuid.UUID) ([]*Membership, error)
	FindByOrgIDAndUserEmail(ctx context.Context, orgID uuid.UUID, userEmail string) (*Membership, error)
	FindByOrg(ctx context.Context, orgID uuid.UUID, opts *ListByOrgOpts, paginationOpts *pagination.OffsetPaginationOpts) ([]*Membership, int, error)
	FindByOrgAndUser(ctx context.Context, orgID, userID uuid.UUID) (*Membership, error)
	Create(ctx context.Context, orgID, userID uuid.UUID, current bool, role authz.Role) (*Membership, error)

	// RBAC methods

	ListAllByResource(ctx context.Context, rt authz.ResourceType, id uuid.UUID) ([]*Membership, error)
	AddResourceRole(ctx context.Context, orgID uuid.UUID, resourceType authz.ResourceType, resID uuid.UUID, mType authz.MembershipType, memberID uuid.UUID, role authz.Role, parentID *uuid.UUID) error
}

// MembershipUseCase is biz/membership.go:88.
type MembershipUseCase struct {
	// Repositories
	repo     MembershipRepo
	userRepo UserRepo
}

// FindByOrgAndUser is biz/membership.go:366.
func (uc *MembershipUseCase) FindByOrgAndUser(ctx context.Context, orgID, userID string) (*Membership, error) {
	orgUUID, err := uuid.Parse(orgID)
	if err != nil {
		return nil, NewErrInvalidUUID(err)
	}

	userUUID, err := uuid.Parse(userID)
	if err != nil {
		return nil, NewErrInvalidUUID(err)
	}

	m, err := uc.repo.FindByOrgAndUser(ctx, orgUUID, userUUID)
	if err != nil {
		return nil, fmt.Errorf("failed to find membership: %w", err)
	} else if m == nil {
		return nil, NewErrNotFound("membership")
	}

	return m, nil
}

// SetProjectOwner is biz/membership.go:432: any project admin found -> done;
// otherwise AddResourceRole, whose insert swallows the unique violation.
func (uc *MembershipUseCase) SetProjectOwner(ctx context.Context, orgID, projectID, userID uuid.UUID) error {
	mm, err := uc.repo.ListAllByResource(ctx, authz.ResourceTypeProject, projectID) // safe: AddResourceRole ignores ent.IsConstraintError on the (member, project) unique index
	if err != nil {
		return fmt.Errorf("failed to find membership: %w", err)
	}

	for _, m := range mm {
		if m.Role == authz.RoleProjectAdmin {
			// Found one already
			return nil
		}
	}

	if err = uc.repo.AddResourceRole(ctx, orgID, authz.ResourceTypeProject, projectID, authz.MembershipTypeUser, userID, authz.RoleProjectAdmin, nil); err != nil {
		return fmt.Errorf("failed to set project owner: %w", err)
	}

	return nil
}
