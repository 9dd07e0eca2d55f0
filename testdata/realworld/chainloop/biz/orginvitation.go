// Package biz reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/biz.
package biz

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"example.com/realworld/chainloop/authz"
	"example.com/realworld/chainloop/pagination"
	"github.com/google/uuid"
)

// OrgInvitationUseCase is biz/orginvitation.go:38.
type OrgInvitationUseCase struct {
	// Repositories
	repo        OrgInvitationRepo
	mRepo       MembershipRepo
	userRepo    UserRepo
	groupRepo   GroupRepo
	projectRepo ProjectsRepo
}

// OrgInvitation is biz/orginvitation.go:51.
type OrgInvitation struct {
	ID            uuid.UUID
	Org           *Organization
	Sender        *User
	ReceiverEmail string
	CreatedAt     *time.Time
	Status        OrgInvitationStatus
	Role          authz.Role
	// Context is a JSON field that can be used to store additional information
	Context *OrgInvitationContext
}

// OrgInvitationContext is biz/orginvitation.go:64.
type OrgInvitationContext struct {
	// GroupIDToJoin is the ID of the group to join when accepting the invitation
	GroupIDToJoin *uuid.UUID `json:"group_id_to_join,omitempty"`
	// GroupMaintainer indicates if the user should be added as a maintainer of the group
	GroupMaintainer bool `json:"group_maintainer,omitempty"`
	// ProjectIDToJoin is the ID of the project to join when accepting the invitation
	ProjectIDToJoin *uuid.UUID `json:"project_id_to_join,omitempty"`
	// ProjectRole is the role to assign to the user in the project
	ProjectRole authz.Role `json:"project_role,omitempty"`
	// ExternalMetadata can be used to store additional information
	ExternalMetadata json.RawMessage `json:"external_metadata,omitempty"`
}

// OrgInvitationRepo is biz/orginvitation.go:77.
type OrgInvitationRepo interface {
	Create(ctx context.Context, orgID uuid.UUID, senderID *uuid.UUID, receiverEmail string, role authz.Role, invCtx *OrgInvitationContext) (*OrgInvitation, error)
	FindByID(ctx context.Context, ID uuid.UUID) (*OrgInvitation, error)
	PendingInvitation(ctx context.Context, orgID uuid.UUID, receiverEmail string) (*OrgInvitation, error)
	PendingInvitations(ctx context.Context, receiverEmail string) ([]*OrgInvitation, error)
	ChangeStatus(ctx context.Context, ID uuid.UUID, status OrgInvitationStatus) error
}

// invitationCreateOpts is biz/orginvitation.go:94.
type invitationCreateOpts struct {
	role     authz.Role
	ctx      *OrgInvitationContext
	senderID *uuid.UUID
}

// InvitationCreateOpt is biz/orginvitation.go:100.
type InvitationCreateOpt func(*invitationCreateOpts)

// WithInvitationRole is biz/orginvitation.go:102.
func WithInvitationRole(r authz.Role) InvitationCreateOpt {
	return func(o *invitationCreateOpts) {
		o.role = r
	}
}

// WithInvitationContext is biz/orginvitation.go:110.
func WithInvitationContext(ctx *OrgInvitationContext) InvitationCreateOpt {
	return func(o *invitationCreateOpts) {
		o.ctx = ctx
	}
}

// WithSender is biz/orginvitation.go:116.
func WithSender(senderID uuid.UUID) InvitationCreateOpt {
	return func(o *invitationCreateOpts) {
		o.senderID = &senderID
	}
}

// Create is biz/orginvitation.go:122: membership count guard (other table),
// PendingInvitation, nil -> repo.Create (owner-role enforcement and audit
// trimmed).
func (uc *OrgInvitationUseCase) Create(ctx context.Context, orgID, receiverEmail string, callerRole authz.Role, createOpts ...InvitationCreateOpt) (*OrgInvitation, error) {
	receiverEmail = strings.ToLower(receiverEmail)

	// 1 - Static Validation
	if receiverEmail == "" {
		return nil, NewErrValidationStr("receiver email is required")
	}

	// Default to viewer role
	opts := &invitationCreateOpts{
		role: authz.RoleViewer,
	}

	for _, o := range createOpts {
		o(opts)
	}

	// If it has ben overrode by the user, validate it
	if opts.role == "" {
		return nil, NewErrValidationStr("role is required")
	}

	orgUUID, err := uuid.Parse(orgID)
	if err != nil {
		return nil, NewErrInvalidUUID(err)
	}

	// 2 - the sender exists and it's not the same than the receiver of the invitation
	if opts.senderID != nil {
		sender, err := uc.userRepo.FindByID(ctx, *opts.senderID)
		if err != nil {
			return nil, fmt.Errorf("error finding sender %s: %w", opts.senderID.String(), err)
		} else if sender == nil {
			return nil, NewErrNotFound("sender")
		}

		if sender.Email == receiverEmail {
			return nil, NewErrValidationStr("sender and receiver emails cannot be the same")
		}
	}

	// 4 - The receiver does exist in the org already
	_, membershipCount, err := uc.mRepo.FindByOrg(ctx, orgUUID, &ListByOrgOpts{ // safe: counts memberships; the insert below is an invitation (other table)
		Email: &receiverEmail,
	}, pagination.NewDefaultOffsetPaginationOpts())
	if err != nil {
		return nil, fmt.Errorf("error finding memberships for user %s: %w", receiverEmail, err)
	}

	if membershipCount > 0 {
		return nil, NewErrValidationStr("user already exists in the org")
	}

	// 5 - Check if there is already an invitation for this user for this org
	m, err := uc.repo.PendingInvitation(ctx, orgUUID, receiverEmail) // race
	if err != nil {
		return nil, fmt.Errorf("error finding invitation for org %s and receiver %s: %w", orgID, receiverEmail, err)
	}

	if m != nil {
		return nil, NewErrValidationStr("invitation already exists for this user and org")
	}

	// 6 - Create the invitation
	invitation, err := uc.repo.Create(ctx, orgUUID, opts.senderID, receiverEmail, opts.role, opts.ctx)
	if err != nil {
		return nil, fmt.Errorf("error creating invitation: %w", err)
	}

	return invitation, nil
}

// AcceptPendingInvitations is biz/orginvitation.go:253: all memberships of
// the user are loaded once; for each invitation whose org is not among them a
// membership is created.
func (uc *OrgInvitationUseCase) AcceptPendingInvitations(ctx context.Context, receiverEmail string) error {
	user, err := uc.userRepo.FindByEmail(ctx, receiverEmail)
	if err != nil {
		return fmt.Errorf("error finding user %s: %w", receiverEmail, err)
	} else if user == nil {
		return NewErrNotFound("user")
	}

	userUUID, err := uuid.Parse(user.ID)
	if err != nil {
		return NewErrInvalidUUID(err)
	}

	// Find all memberships for the user and all pending invitations
	memberships, err := uc.mRepo.FindByUser(ctx, userUUID) // race
	if err != nil {
		return fmt.Errorf("error finding memberships for user %s: %w", receiverEmail, err)
	}

	invitations, err := uc.repo.PendingInvitations(ctx, receiverEmail)
	if err != nil {
		return fmt.Errorf("error finding pending invitations for user %s: %w", receiverEmail, err)
	}

	// Iterate on the invitations and create the membership if it doesn't exist
	for _, invitation := range invitations {
		var alreadyMember bool
		for _, m := range memberships {
			if m.OrganizationID.String() == invitation.Org.ID {
				alreadyMember = true
			}
		}

		orgUUID, err := uuid.Parse(invitation.Org.ID)
		if err != nil {
			return NewErrInvalidUUID(err)
		}

		// user is not a member of the org, create the membership
		// role was defined during the invitation
		role := invitation.Role
		if !alreadyMember {
			if _, err := uc.mRepo.Create(ctx, orgUUID, userUUID, false, role); err != nil {
				return fmt.Errorf("error creating membership for user %s: %w", receiverEmail, err)
			}
		}

		// Process group membership if present in the invitation context
		if err := uc.processGroupMembership(ctx, invitation, orgUUID, userUUID); err != nil {
			return fmt.Errorf("error processing group membership to user %s: %w", receiverEmail, err)
		}

		// Process project membership if present in the invitation context
		if err := uc.processProjectMembership(ctx, invitation, orgUUID, userUUID); err != nil {
			return fmt.Errorf("error processing project membership to user %s: %w", receiverEmail, err)
		}

		// change the status of the invitation
		if err := uc.repo.ChangeStatus(ctx, invitation.ID, OrgInvitationStatusAccepted); err != nil {
			return fmt.Errorf("error changing status of invitation %s: %w", invitation.ID.String(), err)
		}
	}

	return nil
}

// processGroupMembership is biz/orginvitation.go:371.
func (uc *OrgInvitationUseCase) processGroupMembership(ctx context.Context, invitation *OrgInvitation, orgUUID uuid.UUID, userUUID uuid.UUID) error {
	// Skip if there's no group to join in the invitation context
	if invitation.Context == nil || invitation.Context.GroupIDToJoin == nil || *invitation.Context.GroupIDToJoin == uuid.Nil {
		return nil
	}

	groupID := invitation.Context.GroupIDToJoin

	// Check if the group exists
	_, err := uc.groupRepo.FindByOrgAndID(ctx, orgUUID, *groupID) // safe: parent group existence check; duplicate membership is handled via IsErrAlreadyExists
	if err != nil {
		return fmt.Errorf("error finding group %s: %w", groupID.String(), err)
	}

	if _, err := uc.groupRepo.AddMemberToGroup(ctx, orgUUID, *groupID, userUUID, invitation.Context.GroupMaintainer); err != nil {
		if IsErrAlreadyExists(err) {
			// User is already a member of the group, nothing to do
			return nil
		}

		return fmt.Errorf("error adding user %s to group %s: %w", userUUID, groupID.String(), err)
	}

	return nil
}

// processProjectMembership is biz/orginvitation.go:413:
// FindProjectMembershipByProjectAndID, nil -> AddMemberToProject.
func (uc *OrgInvitationUseCase) processProjectMembership(ctx context.Context, invitation *OrgInvitation, orgUUID uuid.UUID, userUUID uuid.UUID) error {
	// Skip if there's no group to join in the invitation context
	if invitation.Context == nil || invitation.Context.ProjectIDToJoin == nil || *invitation.Context.ProjectIDToJoin == uuid.Nil {
		return nil
	}

	projectID := invitation.Context.ProjectIDToJoin

	// Check if the project exists
	project, err := uc.projectRepo.FindProjectByOrgIDAndID(ctx, orgUUID, *projectID)
	if err != nil {
		return fmt.Errorf("error finding project %s: %w", projectID.String(), err)
	}

	if project == nil {
		return nil
	}

	// Use the correct role from the invitation context
	role := invitation.Context.ProjectRole
	if role == "" {
		// Default to viewer if no role specified
		role = authz.RoleProjectViewer
	}

	// Check if the user is already a member of the project
	existingMembership, err := uc.projectRepo.FindProjectMembershipByProjectAndID(ctx, orgUUID, *projectID, userUUID, authz.MembershipTypeUser) // race
	if err != nil && !IsNotFound(err) {
		return fmt.Errorf("error checking project membership for user %s: %w", userUUID, err)
	}

	if existingMembership != nil {
		// User is already a member of the project, nothing to do
		return nil
	}

	// Add the user to the project
	if _, err := uc.projectRepo.AddMemberToProject(ctx, orgUUID, *projectID, userUUID, authz.MembershipTypeUser, role); err != nil {
		return fmt.Errorf("error adding user %s to project %s: %w", userUUID, projectID.String(), err)
	}

	return nil
}

// OrgInvitationStatus is biz/orginvitation.go:473.
type OrgInvitationStatus string

// Invitation statuses are biz/orginvitation.go:475.
const (
	OrgInvitationStatusPending  OrgInvitationStatus = "pending"
	OrgInvitationStatusAccepted OrgInvitationStatus = "accepted"
)

// Values is biz/orginvitation.go:481.
func (OrgInvitationStatus) Values() (kinds []string) {
	for _, s := range []OrgInvitationStatus{OrgInvitationStatusAccepted, OrgInvitationStatusPending} {
		kinds = append(kinds, string(s))
	}

	return
}
