// Package data reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data.
package data

import (
	"context"
	"fmt"
	"time"

	"example.com/realworld/chainloop/authz"
	"example.com/realworld/chainloop/biz"
	"example.com/realworld/chainloop/ent"
	"example.com/realworld/chainloop/ent/group"
	"example.com/realworld/chainloop/ent/groupmembership"
	"example.com/realworld/chainloop/ent/membership"
	"example.com/realworld/chainloop/ent/organization"
	"github.com/google/uuid"
)

// GroupRepo is data/group.go:47.
type GroupRepo struct {
	data *Data
}

// NewGroupRepo is data/group.go:52.
func NewGroupRepo(data *Data) biz.GroupRepo {
	return &GroupRepo{
		data: data,
	}
}

// Create is data/group.go:242.
func (g GroupRepo) Create(ctx context.Context, orgID uuid.UUID, opts *biz.CreateGroupOpts) (*biz.Group, error) {
	if opts == nil {
		return nil, biz.NewErrValidationStr("create group options cannot be nil")
	}

	var entGroup ent.Group

	err := WithTx(ctx, g.data.DB, func(tx *ent.Tx) error {
		// Create the group with the provided options
		gr, err := tx.Group.Create().
			SetName(opts.Name).
			SetDescription(opts.Description).
			SetOrganizationID(orgID).Save(ctx)
		if err != nil {
			if ent.IsConstraintError(err) {
				return biz.NewErrAlreadyExistsStr("group with the same name already exists")
			}
			return err
		}

		// Only add memberships if userID is not nil
		if opts.UserID != nil {
			// Set user as group maintainer
			if _, err = tx.GroupMembership.Create().
				SetGroupID(gr.ID).
				SetUserID(*opts.UserID).
				SetMaintainer(true).
				Save(ctx); err != nil {
				return err
			}

			// Update the user membership with the role of maintainer
			_, err = tx.Membership.Create().
				SetUserID(*opts.UserID).
				SetOrganizationID(orgID).
				SetRole(authz.RoleGroupMaintainer).
				SetMembershipType(authz.MembershipTypeUser).
				SetMemberID(*opts.UserID).
				SetResourceType(authz.ResourceTypeGroup).
				SetResourceID(gr.ID).
				Save(ctx)
			if err != nil {
				return fmt.Errorf("failed to create membership for user %s in group %s: %w", *opts.UserID, gr.ID, err)
			}
		}

		entGroup = *gr

		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("failed to create group: %w", err)
	}

	// Update the member count based on actual query
	_ = g.UpdateGroupMemberCount(ctx, entGroup.ID)

	return g.FindByOrgAndID(ctx, orgID, entGroup.ID)
}

// FindByOrgAndID is data/group.go:308.
func (g GroupRepo) FindByOrgAndID(ctx context.Context, orgID uuid.UUID, groupID uuid.UUID) (*biz.Group, error) {
	entGroup, err := g.data.DB.Group.Query().
		Where(group.DeletedAtIsNil(), group.ID(groupID), group.OrganizationID(orgID)).
		WithOrganization().
		Only(ctx)
	if err != nil {
		if ent.IsNotFound(err) {
			return nil, biz.NewErrNotFound("group")
		}
		return nil, err
	}

	return entGroupToBiz(entGroup), nil
}

// FindByOrgAndName is data/group.go:326.
func (g GroupRepo) FindByOrgAndName(ctx context.Context, orgID uuid.UUID, name string) (*biz.Group, error) {
	entGroup, err := g.data.DB.Group.Query().
		Where(group.DeletedAtIsNil(), group.Name(name), group.OrganizationID(orgID)).
		WithOrganization().
		Only(ctx)
	if err != nil {
		if ent.IsNotFound(err) {
			return nil, biz.NewErrNotFound("group")
		}
		return nil, err
	}

	return entGroupToBiz(entGroup), nil
}

// FindGroupMembershipByGroupAndID is data/group.go:345.
func (g GroupRepo) FindGroupMembershipByGroupAndID(ctx context.Context, groupID uuid.UUID, userID uuid.UUID) (*biz.GroupMembership, error) {
	// Query the group user membership for the specified user in the group
	groupUser, err := g.data.DB.GroupMembership.Query().
		Where(
			groupmembership.GroupIDEQ(groupID),
			groupmembership.UserIDEQ(userID),
			groupmembership.DeletedAtIsNil(),
		).
		WithUser().
		Only(ctx)
	if err != nil {
		if ent.IsNotFound(err) {
			return nil, biz.NewErrNotFound("group membership")
		}
		return nil, err
	}

	return entGroupMembershipToBiz(groupUser), nil
}

// AddMemberToGroup is data/group.go:467: Exist inside WithTx, false -> Create.
func (g GroupRepo) AddMemberToGroup(ctx context.Context, orgID uuid.UUID, groupID uuid.UUID, userID uuid.UUID, maintainer bool) (*biz.GroupMembership, error) {
	if err := WithTx(ctx, g.data.DB, func(tx *ent.Tx) error {
		// Check if the user is already a member of this group
		existingMember, err := tx.GroupMembership.Query(). // race
									Where(groupmembership.UserIDEQ(userID), groupmembership.GroupIDEQ(groupID), groupmembership.DeletedAtIsNil()).
									Exist(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return fmt.Errorf("failed to check existing group membership: %w", err)
		}

		// If the user is already a member, return an error
		if existingMember {
			return biz.NewErrAlreadyExistsStr("user is already a member of this group")
		}

		// Create a new group-user relationship
		if _, err := tx.GroupMembership.Create().
			SetGroupID(groupID).
			SetUserID(userID).
			SetMaintainer(maintainer).
			Save(ctx); err != nil {
			return fmt.Errorf("failed to add user to group: %w", err)
		}

		// Update the group's updated_at timestamp
		if _, err := tx.Group.UpdateOneID(groupID).
			SetUpdatedAt(time.Now()).
			Save(ctx); err != nil {
			return fmt.Errorf("failed to update group timestamp: %w", err)
		}

		// Update the user membership with the role of maintainer
		if maintainer {
			_, err = tx.Membership.Create().
				SetUserID(userID).
				SetOrganizationID(orgID).
				SetRole(authz.RoleGroupMaintainer).
				SetMembershipType(authz.MembershipTypeUser).
				SetMemberID(userID).
				SetResourceType(authz.ResourceTypeGroup).
				SetResourceID(groupID).
				Save(ctx)
			if err != nil {
				return fmt.Errorf("failed to create membership for user %s in group %s: %w", userID, groupID, err)
			}
		}

		return nil
	}); err != nil {
		return nil, fmt.Errorf("failed to add member to group: %w", err)
	}

	// Update the member count based on actual query after transaction
	_ = g.UpdateGroupMemberCount(ctx, groupID)

	// Return the newly created membership
	return g.FindGroupMembershipByGroupAndID(ctx, groupID, userID)
}

// RemoveMemberFromGroup is data/group.go:532: lookup inside WithTx guards a
// soft delete.
func (g GroupRepo) RemoveMemberFromGroup(ctx context.Context, orgID uuid.UUID, groupID uuid.UUID, userID uuid.UUID) error {
	err := WithTx(ctx, g.data.DB, func(tx *ent.Tx) error {
		// Check if the user is a member of this group
		existingMembership, err := tx.GroupMembership.Query(). // safe: guards an update (soft delete) only
									Where(groupmembership.UserIDEQ(userID), groupmembership.GroupIDEQ(groupID), groupmembership.DeletedAtIsNil()).
									Only(ctx)
		if err != nil {
			if ent.IsNotFound(err) {
				return biz.NewErrNotFound("group membership")
			}
			return fmt.Errorf("failed to check existing group membership: %w", err)
		}

		now := time.Now()

		// Mark the membership as deleted
		_, err = tx.GroupMembership.UpdateOne(existingMembership).
			SetDeletedAt(now).
			SetUpdatedAt(now).
			Save(ctx)
		if err != nil {
			return fmt.Errorf("failed to remove user from group: %w", err)
		}

		// Update the group's updated_at timestamp
		if _, err := tx.Group.UpdateOneID(groupID).
			SetUpdatedAt(now).
			Save(ctx); err != nil {
			return fmt.Errorf("failed to update group timestamp: %w", err)
		}

		if existingMembership.Maintainer {
			// Also remove the user membership if it exists
			if _, err := tx.Membership.Delete().Where(
				membership.MemberID(userID),
				membership.ResourceID(groupID),
				membership.ResourceTypeEQ(authz.ResourceTypeGroup),
				membership.HasOrganizationWith(
					organization.ID(orgID),
				),
			).Exec(ctx); err != nil {
				return fmt.Errorf("failed to remove user from group: %w", err)
			}
		}

		return nil
	})

	if err != nil {
		return err
	}

	// Update the member count based on actual query after transaction
	_ = g.UpdateGroupMemberCount(ctx, groupID)

	return nil
}

// entGroupToBiz is data/group.go:796.
func entGroupToBiz(gr *ent.Group) *biz.Group {
	grp := &biz.Group{
		ID:          gr.ID,
		Name:        gr.Name,
		Description: gr.Description,
		MemberCount: gr.MemberCount,
		CreatedAt:   toTimePtr(gr.CreatedAt),
		UpdatedAt:   toTimePtr(gr.UpdatedAt),
		DeletedAt:   toTimePtr(gr.DeletedAt),
	}

	// Include the organization to which the group belongs
	if gr.Edges.Organization != nil {
		grp.Organization = entOrgToBizOrg(gr.Edges.Organization)
	}

	return grp
}

// entGroupMembershipToBiz is data/group.go:816.
func entGroupMembershipToBiz(gu *ent.GroupMembership) *biz.GroupMembership {
	return &biz.GroupMembership{
		User:       entUserToBizUser(gu.Edges.User),
		Maintainer: gu.Maintainer,
		CreatedAt:  toTimePtr(gu.CreatedAt),
		UpdatedAt:  toTimePtr(gu.UpdatedAt),
		DeletedAt:  toTimePtr(gu.DeletedAt),
	}
}

// UpdateGroupMemberCount is data/group.go:828.
func (g GroupRepo) UpdateGroupMemberCount(ctx context.Context, groupID uuid.UUID) error {
	// Count active members in the group
	count, err := g.data.DB.GroupMembership.Query().
		Where(
			groupmembership.GroupIDEQ(groupID),
			groupmembership.DeletedAtIsNil(),
		).
		Count(ctx)
	if err != nil {
		return fmt.Errorf("failed to count group members: %w", err)
	}

	// Update the group's member count to the actual count
	if _, err := g.data.DB.Group.UpdateOneID(groupID).
		SetMemberCount(count).
		Save(ctx); err != nil {
		return fmt.Errorf("failed to update group member count: %w", err)
	}

	return nil
}
