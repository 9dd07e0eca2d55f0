// Package biz reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/biz.
package biz

import (
	"context"
	"fmt"
	"time"

	"example.com/realworld/chainloop/authz"
	"github.com/google/uuid"
)

// ProjectsRepo is biz/project.go:36 (methods not used here trimmed).
type ProjectsRepo interface {
	FindProjectByOrgIDAndID(ctx context.Context, orgID uuid.UUID, projectID uuid.UUID) (*Project, error)
	// AddMemberToProject adds a user or group to a project with a specific role.
	AddMemberToProject(ctx context.Context, orgID uuid.UUID, projectID uuid.UUID, memberID uuid.UUID, membershipType authz.MembershipType, role authz.Role) (*ProjectMembership, error)
	// FindProjectMembershipByProjectAndID finds a project membership by project ID and member ID (user or group).
	FindProjectMembershipByProjectAndID(ctx context.Context, orgID uuid.UUID, projectID uuid.UUID, memberID uuid.UUID, membershipType authz.MembershipType) (*ProjectMembership, error)
}

// ProjectUseCase is biz/project.go:56.
type ProjectUseCase struct {
	authz *AuthzUseCase
	// Use Cases
	groupUC         *GroupUseCase
	membershipUC    *MembershipUseCase
	orgInvitationUC *OrgInvitationUseCase
	// Repositories
	projectsRepository   ProjectsRepo
	membershipRepository MembershipRepo
	orgInvitationRepo    OrgInvitationRepo
}

// Project is biz/project.go:71.
type Project struct {
	// ID is the unique identifier of the project
	ID uuid.UUID
	// Name is the name of the project
	Name string
	// OrgID is the organization that this project belongs to
	OrgID uuid.UUID
	// CreatedAt is the time when the project was created
	CreatedAt *time.Time
	// UpdatedAt is the time when the project was last updated
	UpdatedAt *time.Time
}

// ProjectMembership is biz/project.go:85.
type ProjectMembership struct {
	// User is the user who is a member of the project (nil for group memberships).
	User *User
	// Group is the group that is a member of the project (nil for user memberships).
	Group *Group
	// MembershipType indicates if this is a user or group membership.
	MembershipType authz.MembershipType
	// Role represents the role of the user/group in the project (admin or viewer).
	Role authz.Role
	// CreatedAt is the timestamp when the user/group was added to the project.
	CreatedAt *time.Time
	// UpdatedAt is the timestamp when the membership was last updated.
	UpdatedAt *time.Time
	// ParentID is the parent membership object used for nested memberships, if applicable
	ParentID *uuid.UUID
	// ParentResourceID identifies the parent resource of this membership, if applicable
	ParentResourceID *uuid.UUID
}

// AddMemberToProjectOpts is biz/project.go:123.
type AddMemberToProjectOpts struct {
	// ProjectReference is the reference to the project.
	ProjectReference *IdentityReference
	// UserEmail is the email of the user to add to the project.
	UserEmail string
	// GroupReference is the reference to the group to add to the project.
	GroupReference *IdentityReference
	// RequesterID is the ID of the user who is requesting to add the member.
	RequesterID uuid.UUID
	// Role represents the role to assign to the user in the project.
	Role authz.Role
}

// AddMemberToProjectResult is biz/project.go:163.
type AddMemberToProjectResult struct {
	// Membership is the membership that was created or found.
	Membership *ProjectMembership
	// InvitationSent indicates if an invitation was sent instead of creating a membership directly.
	InvitationSent bool
}

// addUserToProject is biz/project.go:349: FindProjectMembershipByProjectAndID,
// nil -> AddMemberToProject (audit dispatch trimmed).
func (uc *ProjectUseCase) addUserToProject(ctx context.Context, orgID uuid.UUID, projectID uuid.UUID, project *Project, opts *AddMemberToProjectOpts) (*AddMemberToProjectResult, error) {
	// Find the user by email in the organization
	userMembership, err := uc.membershipRepository.FindByOrgIDAndUserEmail(ctx, orgID, opts.UserEmail) // safe: not-found sends an org invitation (other table), deduplicated in handleNonExistingUser
	if err != nil && !IsNotFound(err) {
		return nil, fmt.Errorf("failed to find user by email: %w", err)
	}

	// If the user is not in the organization, handle invitation flow
	if userMembership == nil {
		return uc.handleNonExistingUser(ctx, orgID, projectID, opts)
	}

	userUUID := uuid.MustParse(userMembership.User.ID)

	// Check if the user is already a member of the project
	existingMembership, err := uc.projectsRepository.FindProjectMembershipByProjectAndID(ctx, orgID, projectID, userUUID, authz.MembershipTypeUser) // race
	if err != nil && !IsNotFound(err) {
		return nil, fmt.Errorf("failed to check existing membership: %w", err)
	}
	if existingMembership != nil {
		return nil, NewErrAlreadyExistsStr("user is already a member of this project")
	}

	// Add the user to the project
	membership, err := uc.projectsRepository.AddMemberToProject(ctx, orgID, projectID, userUUID, authz.MembershipTypeUser, opts.Role)
	if err != nil {
		return nil, fmt.Errorf("failed to add member to project: %w", err)
	}

	return &AddMemberToProjectResult{
		Membership:     membership,
		InvitationSent: false,
	}, nil
}

// handleNonExistingUser is biz/project.go:397: PendingInvitation, nil ->
// orgInvitationUC.Create.
func (uc *ProjectUseCase) handleNonExistingUser(ctx context.Context, orgID, projectID uuid.UUID, opts *AddMemberToProjectOpts) (*AddMemberToProjectResult, error) {
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
	requesterMembership, err := uc.membershipUC.FindByOrgAndUser(ctx, orgID.String(), opts.RequesterID.String())
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

	// Create an organization invitation with project context
	invitationContext := &OrgInvitationContext{
		ProjectIDToJoin: &projectID,
		ProjectRole:     opts.Role,
	}

	// Create an invitation for the user to join the organization with project context
	if _, err := uc.orgInvitationUC.Create(ctx, orgID.String(), opts.UserEmail, requesterMembership.Role,
		WithSender(opts.RequesterID),
		WithInvitationRole(authz.RoleOrgMember),
		WithInvitationContext(invitationContext)); err != nil {
		return nil, fmt.Errorf("failed to create invitation: %w", err)
	}

	// Return a result indicating an invitation was sent
	return &AddMemberToProjectResult{
		InvitationSent: true,
	}, nil
}

// addGroupToProject is biz/project.go:451: FindProjectMembershipByProjectAndID
// (group), nil -> AddMemberToProject (audit lookup/dispatch trimmed).
func (uc *ProjectUseCase) addGroupToProject(ctx context.Context, orgID uuid.UUID, projectID uuid.UUID, project *Project, opts *AddMemberToProjectOpts) (*ProjectMembership, error) {
	// Validate and resolve the group reference
	resolvedGroupID, err := uc.groupUC.ValidateGroupIdentifier(ctx, orgID, opts.GroupReference.ID, opts.GroupReference.Name)
	if err != nil {
		return nil, fmt.Errorf("failed to validate group reference: %w", err)
	}

	// Check if the group already has membership in the project
	existingMembership, err := uc.projectsRepository.FindProjectMembershipByProjectAndID(ctx, orgID, projectID, resolvedGroupID, authz.MembershipTypeGroup) // race
	if err != nil && !IsNotFound(err) {
		return nil, fmt.Errorf("failed to check existing group membership: %w", err)
	}
	if existingMembership != nil {
		return nil, NewErrAlreadyExistsStr("group is already a member of this project")
	}

	// Add the group to the project
	membership, err := uc.projectsRepository.AddMemberToProject(ctx, orgID, projectID, resolvedGroupID, authz.MembershipTypeGroup, opts.Role)
	if err != nil {
		return nil, fmt.Errorf("failed to add member to project: %w", err)
	}

	return membership, nil
}
