// Package data reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data.
package data

import (
	"context"
	"fmt"

	"example.com/realworld/chainloop/authz"
	"example.com/realworld/chainloop/biz"
	"example.com/realworld/chainloop/ent"
	"example.com/realworld/chainloop/ent/membership"
	"example.com/realworld/chainloop/ent/predicate"
	"example.com/realworld/chainloop/ent/user"
	"example.com/realworld/chainloop/pagination"
	"github.com/google/uuid"
)

// MembershipRepo is data/membership.go:41.
type MembershipRepo struct {
	data *Data
}

// NewMembershipRepo is data/membership.go:47.
func NewMembershipRepo(data *Data) biz.MembershipRepo {
	return &MembershipRepo{
		data: data,
	}
}

// Create is data/membership.go:55.
func (r *MembershipRepo) Create(ctx context.Context, orgID, userID uuid.UUID, current bool, role authz.Role) (*biz.Membership, error) {
	m, err := r.data.DB.Membership.Create().
		SetUserID(userID).
		SetOrganizationID(orgID).
		SetCurrent(current).
		SetRole(role).
		SetMembershipType(authz.MembershipTypeUser).
		SetMemberID(userID).
		SetResourceType(authz.ResourceTypeOrganization).
		SetResourceID(orgID).
		Save(ctx)
	if err != nil {
		return nil, err
	}

	// reload it so it includes all the information
	m, err = r.loadMembership(ctx, m.ID)
	if err != nil {
		return nil, err
	}

	return entMembershipToBiz(m), nil
}

// loadMembership is data/membership.go:82.
func (r *MembershipRepo) loadMembership(ctx context.Context, id uuid.UUID) (*ent.Membership, error) {
	return r.data.DB.Membership.Query().WithOrganization().WithUser().Where(membership.ID(id)).First(ctx)
}

// FindByUser is data/membership.go:86.
func (r *MembershipRepo) FindByUser(ctx context.Context, userID uuid.UUID) ([]*biz.Membership, error) {
	memberships, err := r.data.DB.Membership.Query().Where(
		membership.ResourceTypeEQ(authz.ResourceTypeOrganization),
		membership.MembershipTypeEQ(authz.MembershipTypeUser),
		membership.MemberID(userID),
	).WithOrganization().All(ctx)
	if err != nil {
		return nil, err
	}

	return entMembershipsToBiz(memberships), nil
}

// FindByOrg is data/membership.go:103.
func (r *MembershipRepo) FindByOrg(ctx context.Context, orgID uuid.UUID, opts *biz.ListByOrgOpts, paginationOpts *pagination.OffsetPaginationOpts) ([]*biz.Membership, int, error) {
	if paginationOpts == nil {
		paginationOpts = pagination.NewDefaultOffsetPaginationOpts()
	}

	if opts == nil {
		opts = &biz.ListByOrgOpts{}
	}

	// Build the base query
	query := r.data.DB.Membership.Query().Where(
		membership.MembershipTypeEQ(authz.MembershipTypeUser),
		membership.ResourceTypeEQ(authz.ResourceTypeOrganization),
		membership.ResourceIDEQ(orgID),
	).WithUser().WithOrganization()

	// Apply filters if provided
	var predicates []predicate.Membership
	if opts.Name != nil && *opts.Name != "" {
		// Filter by user's first name or last name containing the search term
		predicates = append(predicates, membership.HasUserWith(
			user.Or(
				user.FirstNameContainsFold(*opts.Name),
				user.LastNameContainsFold(*opts.Name),
			),
		))
	}

	// Filter by user's email containing the search term
	if opts.Email != nil && *opts.Email != "" {
		predicates = append(predicates, membership.HasUserWith(user.EmailContainsFold(*opts.Email)))
	}

	// Apply OR predicates if any exist
	if len(predicates) > 0 {
		query = query.Where(membership.Or(predicates...))
	}

	// Filter by the membership ID if provided
	if opts.MembershipID != nil {
		query = query.Where(membership.IDEQ(*opts.MembershipID))
	}

	// Filter by role if provided
	if opts.Role != nil {
		query = query.Where(membership.RoleEQ(*opts.Role))
	}

	// Get the count of all filtered rows without the limit and offset
	count, err := query.Count(ctx)
	if err != nil {
		return nil, 0, err
	}

	// Apply pagination and execute the query
	memberships, err := query.
		Order(ent.Desc(membership.FieldCreatedAt)).
		Limit(paginationOpts.Limit()).
		Offset(paginationOpts.Offset()).
		All(ctx)
	if err != nil {
		return nil, 0, err
	}

	return entMembershipsToBiz(memberships), count, nil
}

// FindByOrgAndUser is data/membership.go:174: returns (nil, nil) when not found.
func (r *MembershipRepo) FindByOrgAndUser(ctx context.Context, orgID, userID uuid.UUID) (*biz.Membership, error) {
	m, err := r.data.DB.Membership.Query().Where(
		membership.MembershipTypeEQ(authz.MembershipTypeUser),
		membership.MemberID(userID),
		membership.ResourceTypeEQ(authz.ResourceTypeOrganization),
		membership.ResourceIDEQ(orgID),
	).WithOrganization().WithUser().Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}

	return entMembershipToBiz(m), nil
}

// FindByOrgIDAndUserEmail is data/membership.go:192.
func (r *MembershipRepo) FindByOrgIDAndUserEmail(ctx context.Context, orgID uuid.UUID, userEmail string) (*biz.Membership, error) {
	// Find the user by email
	u, err := r.data.DB.User.Query().Where(user.Email(userEmail)).Only(ctx)
	if err != nil {
		if ent.IsNotFound(err) {
			return nil, biz.NewErrNotFound(fmt.Sprintf("user with email %s not found", userEmail))
		}
		return nil, fmt.Errorf("failed to find user by email %s: %w", userEmail, err)
	}

	// Now find the membership for that user in the organization
	mem, err := r.data.DB.Membership.Query().Where(
		membership.MembershipTypeEQ(authz.MembershipTypeUser),
		membership.MemberID(u.ID),
		membership.ResourceTypeEQ(authz.ResourceTypeOrganization),
		membership.ResourceIDEQ(orgID),
	).WithOrganization().WithUser().Only(ctx)
	if err != nil {
		if ent.IsNotFound(err) {
			return nil, biz.NewErrNotFound(fmt.Sprintf("membership for user %s in organization %s not found", userEmail, orgID))
		}
		return nil, fmt.Errorf("failed to query memberships: %w", err)
	}

	return entMembershipToBiz(mem), nil
}

// ListAllByResource is data/membership.go:488.
func (r *MembershipRepo) ListAllByResource(ctx context.Context, rt authz.ResourceType, id uuid.UUID) ([]*biz.Membership, error) {
	mm, err := r.data.DB.Membership.Query().Where(
		membership.ResourceTypeEQ(rt),
		membership.ResourceID(id),
	).All(ctx)

	if err != nil {
		return nil, fmt.Errorf("failed to query memberships: %w", err)
	}

	return entMembershipsToBiz(mm), nil
}

// AddResourceRole is data/membership.go:504: the unique violation is ignored.
func (r *MembershipRepo) AddResourceRole(ctx context.Context, orgID uuid.UUID, resourceType authz.ResourceType, resID uuid.UUID, mType authz.MembershipType, memberID uuid.UUID, role authz.Role, parentID *uuid.UUID) error {
	err := r.data.DB.Membership.Create().
		SetOrganizationID(orgID).
		SetMembershipType(mType).
		SetMemberID(memberID).
		SetResourceType(resourceType).
		SetResourceID(resID).
		SetNillableParentID(parentID).
		SetRole(role).Exec(ctx)

	if err != nil {
		if !ent.IsConstraintError(err) {
			return fmt.Errorf("failed to add resource role: %w", err)
		}

		// combination already existed, ignore error
		return nil
	}

	return nil
}

// entMembershipsToBiz is data/membership.go:548.
func entMembershipsToBiz(memberships []*ent.Membership) []*biz.Membership {
	result := make([]*biz.Membership, 0, len(memberships))
	for _, m := range memberships {
		result = append(result, entMembershipToBiz(m))
	}

	return result
}

// entMembershipToBiz is data/membership.go:557.
func entMembershipToBiz(m *ent.Membership) *biz.Membership {
	if m == nil {
		return nil
	}

	res := &biz.Membership{ID: m.ID,
		Current: m.Current, CreatedAt: toTimePtr(m.CreatedAt), UpdatedAt: toTimePtr(m.UpdatedAt),
		Role: m.Role,
	}

	// Deprecated branch, remove when no longer needed
	if m.Edges.Organization != nil {
		res.OrganizationID = m.Edges.Organization.ID
		res.Org = entOrgToBizOrg(m.Edges.Organization)
	}

	// New branch to populate organization ID
	if m.ResourceType == authz.ResourceTypeOrganization {
		res.OrganizationID = m.ResourceID
	}

	if m.Edges.User != nil {
		res.User = entUserToBizUser(m.Edges.User)
	}

	res.MembershipType = m.MembershipType
	res.MemberID = m.MemberID
	res.ResourceType = m.ResourceType
	res.ResourceID = m.ResourceID
	res.ParentID = m.ParentID

	return res
}
