// Package biz reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/biz.
package biz

import (
	"context"
	"fmt"
	"time"

	"example.com/realworld/chainloop/authz"
	"github.com/google/uuid"
)

// GroupRepo is biz/group.go:34 (methods not used here trimmed).
type GroupRepo interface {
	// Create creates a new group.
	Create(ctx context.Context, orgID uuid.UUID, opts *CreateGroupOpts) (*Group, error)
	// FindByOrgAndID finds a group by its organization ID and group ID.
	FindByOrgAndID(ctx context.Context, orgID uuid.UUID, groupID uuid.UUID) (*Group, error)
	// FindByOrgAndName finds a group by its organization ID and group name.
	FindByOrgAndName(ctx context.Context, orgID uuid.UUID, name string) (*Group, error)
	// FindGroupMembershipByGroupAndID finds a group membership by group ID and user ID.
	FindGroupMembershipByGroupAndID(ctx context.Context, groupID uuid.UUID, userID uuid.UUID) (*GroupMembership, error)
	// AddMemberToGroup adds a user to a group, optionally specifying if they are a maintainer.
	AddMemberToGroup(ctx context.Context, orgID uuid.UUID, groupID uuid.UUID, userID uuid.UUID, maintainer bool) (*GroupMembership, error)
	// RemoveMemberFromGroup removes a user from a group.
	RemoveMemberFromGroup(ctx context.Context, orgID uuid.UUID, groupID uuid.UUID, userID uuid.UUID) error
	// UpdateGroupMemberCount updates the member count of a group.
	UpdateGroupMemberCount(ctx context.Context, groupID uuid.UUID) error
}

// GroupMembership is biz/group.go:66.
type GroupMembership struct {
	// User is the user who is a member of the group.
	User *User
	// Maintainer indicates if the user is a maintainer of the group.
	Maintainer bool
	// CreatedAt is the timestamp when the user was added to the group.
	CreatedAt *time.Time
	// UpdatedAt is the timestamp when the membership was last updated.
	UpdatedAt *time.Time
	// DeletedAt is the timestamp when the membership was deleted, if applicable.
	DeletedAt *time.Time
}

// Group is biz/group.go:79.
type Group struct {
	// ID is the unique identifier for the group.
	ID uuid.UUID
	// Name is the name of the group.
	Name string
	// The Description is a brief description of the group.
	Description string
	// Members is a list of group memberships, which includes the users who are members of the group.
	Members []*GroupMembership
	// MemberCount is the total number of members in the group.
	MemberCount int
	// Organization is the organization to which the group belongs.
	Organization *Organization
	// CreatedAt is the timestamp when the group was created.
	CreatedAt *time.Time
	// UpdatedAt is the timestamp when the group was last updated.
	UpdatedAt *time.Time
	// DeletedAt is the timestamp when the group was deleted, if applicable.
	DeletedAt *time.Time
}

// CreateGroupOpts is biz/group.go:100.
type CreateGroupOpts struct {
	// Name is the name of the group.
	Name string
	// The description is a brief description of the group.
	Description string
	// UserID is the ID of the user who owns the group.
	UserID *uuid.UUID
}

// AddMemberToGroupOpts is biz/group.go:142.
type AddMemberToGroupOpts struct {
	*IdentityReference
	// UserEmail is the email of the user to add to the group.
	UserEmail string
	// RequesterID is the ID of the user who is requesting to add the member. Optional.
	// If provided, the requester must be a maintainer or admin.
	RequesterID uuid.UUID
	// Maintainer indicates if the new member should be a maintainer.
	Maintainer bool
}

// RemoveMemberFromGroupOpts is biz/group.go:154.
type RemoveMemberFromGroupOpts struct {
	*IdentityReference
	// UserEmail is the email of the user to remove from the group.
	UserEmail string
	// RequesterID is the ID of the user who is requesting to remove the member. Optional.
	// If provided, the requester must be a maintainer or admin.
	RequesterID uuid.UUID
}

// AddMemberToGroupResult is biz/group.go:164.
type AddMemberToGroupResult struct {
	// Membership is the membership that was created or found.
	Membership *GroupMembership
	// InvitationSent indicates if an invitation was sent instead of creating a membership directly.
	InvitationSent bool
}

// GroupUseCase is biz/group.go:192.
type GroupUseCase struct {
	// Repositories
	groupRepo         GroupRepo
	membershipRepo    MembershipRepo
	userRepo          UserRepo
	orgInvitationRepo OrgInvitationRepo
	// Use Cases
	orgInvitationUC *OrgInvitationUseCase
	authz           *AuthzUseCase
}

// Create is biz/group.go:263 (audit dispatch trimmed).
func (uc *GroupUseCase) Create(ctx context.Context, orgID uuid.UUID, name string, description string, userID *uuid.UUID) (*Group, error) {
	if name == "" {
		return nil, NewErrValidationStr("name cannot be empty")
	}

	if orgID == uuid.Nil {
		return nil, NewErrValidationStr("organization ID")
	}

	// Only check if the user is a member of the organization if userID is provided
	if userID != nil {
		// Check if the user is a member of the organization
		m, err := uc.membershipRepo.FindByOrgAndUser(ctx, orgID, *userID) // safe: authorization lookup of the creator's membership; the group insert maps the unique violation to AlreadyExists
		if err != nil {
			return nil, fmt.Errorf("failed to find membership: %w", err)
		} else if m == nil {
			return nil, NewErrNotFound("membership")
		}
	}

	group, err := uc.groupRepo.Create(ctx, orgID, &CreateGroupOpts{
		Name:        name,
		Description: description,
		UserID:      userID,
	})
	if err != nil {
		return nil, fmt.Errorf("failed to create group: %w", err)
	}

	return group, nil
}

// handleNonExistingUser is biz/group.go:560: PendingInvitation, nil ->
// orgInvitationUC.Create (which checks again and inserts).
func (uc *GroupUseCase) handleNonExistingUser(ctx context.Context, orgID, groupID uuid.UUID, opts *AddMemberToGroupOpts) (*AddMemberToGroupResult, error) {
	// Check if the user email is already invited to the organization
	invitation, err := uc.orgInvitationRepo.PendingInvitation(ctx, orgID, opts.UserEmail) // race
	if err != nil && !IsNotFound(err) {
		return nil, fmt.Errorf("failed to check existing invitation: %w", err)
	}

	// If an invitation already exists, return an error
	if invitation != nil {
		return nil, NewErrAlreadyExistsStr("user is already invited to the organization")
	}

	// Check if the requester is an admin or owner of the organization.
	// The repo returns (nil, nil) when no membership exists, so guard against
	// a requester without a membership in the org.
	requesterMembership, err := uc.membershipRepo.FindByOrgAndUser(ctx, orgID, opts.RequesterID)
	if err != nil {
		return nil, fmt.Errorf("failed to check requester's role: %w", err)
	}

	if requesterMembership == nil {
		return nil, NewErrNotFound("membership")
	}

	pass, err := uc.authz.Enforce(ctx, string(requesterMembership.Role), authz.PolicyOrganizationInvitationsCreate)
	if err != nil {
		return nil, fmt.Errorf("failed to check requester's role: %w", err)
	}

	if !pass {
		return nil, NewErrValidationStr("only organization admins or owners can invite new users")
	}

	// Create an organization invitation with group context
	invitationContext := &OrgInvitationContext{
		GroupIDToJoin:   &groupID,
		GroupMaintainer: opts.Maintainer,
	}

	// Create an invitation for the user to join the organization
	if _, err := uc.orgInvitationUC.Create(ctx, orgID.String(), opts.UserEmail, requesterMembership.Role,
		WithSender(opts.RequesterID),
		WithInvitationRole(authz.RoleOrgContributor),
		WithInvitationContext(invitationContext)); err != nil {
		return nil, fmt.Errorf("failed to create invitation: %w", err)
	}

	// Return a result indicating an invitation was sent
	return &AddMemberToGroupResult{
		InvitationSent: true,
	}, nil
}

// addExistingUserToGroup is biz/group.go:614: FindGroupMembershipByGroupAndID,
// not found -> AddMemberToGroup (audit dispatch trimmed).
func (uc *GroupUseCase) addExistingUserToGroup(ctx context.Context, orgID, groupID uuid.UUID, group *Group, userMembership *Membership, opts *AddMemberToGroupOpts) (*AddMemberToGroupResult, error) {
	userUUID, err := uuid.Parse(userMembership.User.ID)
	if err != nil {
		return nil, NewErrInvalidUUID(err)
	}

	// Check if the user is already a member of the group
	existingGroupMembership, err := uc.groupRepo.FindGroupMembershipByGroupAndID(ctx, groupID, userUUID) // race
	if err != nil && !IsNotFound(err) {
		return nil, fmt.Errorf("failed to check existing membership: %w", err)
	}
	if existingGroupMembership != nil {
		return nil, NewErrAlreadyExistsStr("user is already a member of this group")
	}

	// Add the user to the group
	membership, err := uc.groupRepo.AddMemberToGroup(ctx, orgID, groupID, userUUID, opts.Maintainer)
	if err != nil {
		return nil, fmt.Errorf("failed to add member to group: %w", err)
	}

	// Return a result indicating a direct membership was created
	return &AddMemberToGroupResult{
		Membership: membership,
	}, nil
}

// RemoveMemberFromGroup is biz/group.go:654 (requester permission check and
// audit dispatch trimmed).
func (uc *GroupUseCase) RemoveMemberFromGroup(ctx context.Context, orgID uuid.UUID, opts *RemoveMemberFromGroupOpts) error {
	if opts == nil {
		return NewErrValidationStr("options cannot be nil")
	}

	if orgID == uuid.Nil || opts.UserEmail == "" {
		return NewErrValidationStr("organization ID and user email cannot be empty")
	}

	resolvedGroupID, err := uc.ValidateGroupIdentifier(ctx, orgID, opts.ID, opts.Name)
	if err != nil {
		return err
	}

	// Check the group exists
	existingGroup, err := uc.groupRepo.FindByOrgAndID(ctx, orgID, resolvedGroupID)
	if err != nil {
		return fmt.Errorf("failed to find group: %w", err)
	}

	if existingGroup == nil {
		return NewErrNotFound("group")
	}

	// Find the user by email in the organization
	userMembership, err := uc.membershipRepo.FindByOrgIDAndUserEmail(ctx, orgID, opts.UserEmail)
	if err != nil && !IsNotFound(err) {
		return fmt.Errorf("failed to find user by email: %w", err)
	}
	if userMembership == nil {
		return NewErrValidationStr("user with the provided email is not a member of the organization")
	}

	userUUID := uuid.MustParse(userMembership.User.ID)
	// Check if the user is a member of the group
	existingMembership, err := uc.groupRepo.FindGroupMembershipByGroupAndID(ctx, resolvedGroupID, userUUID) // safe: guards a delete only
	if err != nil && !IsNotFound(err) {
		return fmt.Errorf("failed to check existing membership: %w", err)
	}
	if existingMembership == nil {
		return NewErrValidationStr("user is not a member of this group")
	}

	// Remove the user from the group
	if err := uc.groupRepo.RemoveMemberFromGroup(ctx, orgID, resolvedGroupID, userUUID); err != nil {
		return fmt.Errorf("failed to remove member from group: %w", err)
	}

	return nil
}

// ValidateGroupIdentifier is biz/group.go:862.
func (uc *GroupUseCase) ValidateGroupIdentifier(ctx context.Context, orgID uuid.UUID, groupID *uuid.UUID, groupName *string) (uuid.UUID, error) {
	if groupID == nil && groupName == nil {
		return uuid.Nil, NewErrValidationStr("either group ID or group name must be provided")
	}

	if groupID != nil {
		return *groupID, nil
	}

	// If group ID is not provided, try to find the group by name
	group, err := uc.groupRepo.FindByOrgAndName(ctx, orgID, *groupName)
	if err != nil {
		return uuid.Nil, fmt.Errorf("failed to find group: %w", err)
	}

	return group.ID, nil
}
