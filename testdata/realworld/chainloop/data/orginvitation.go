// Package data reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/data.
package data

import (
	"context"
	"fmt"

	"example.com/realworld/chainloop/authz"
	"example.com/realworld/chainloop/biz"
	"example.com/realworld/chainloop/ent"
	"example.com/realworld/chainloop/ent/orginvitation"
	"github.com/google/uuid"
)

// OrgInvitation is data/orginvitation.go:34.
type OrgInvitation struct {
	data *Data
}

// NewOrgInvitation is data/orginvitation.go:39.
func NewOrgInvitation(data *Data) biz.OrgInvitationRepo {
	return &OrgInvitation{
		data: data,
	}
}

// Create is data/orginvitation.go:46.
func (r *OrgInvitation) Create(ctx context.Context, orgID uuid.UUID, senderID *uuid.UUID, receiverEmail string, role authz.Role, invCtx *biz.OrgInvitationContext) (*biz.OrgInvitation, error) {
	update := r.data.DB.OrgInvitation.Create().
		SetOrganizationID(orgID).
		SetRole(role).
		SetReceiverEmail(receiverEmail).
		SetNillableContext(invCtx)

	if senderID != nil {
		update.SetSenderID(*senderID)
	}

	invite, err := update.Save(ctx)
	if err != nil {
		return nil, err
	}

	return r.FindByID(ctx, invite.ID)
}

// PendingInvitation is data/orginvitation.go:68: returns (nil, nil) when not found.
func (r *OrgInvitation) PendingInvitation(ctx context.Context, orgID uuid.UUID, receiverEmail string) (*biz.OrgInvitation, error) {
	invite, err := r.query().
		Where(
			orginvitation.OrganizationID(orgID),
			orginvitation.ReceiverEmail(receiverEmail),
			orginvitation.StatusEQ(biz.OrgInvitationStatusPending),
		).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	} else if invite == nil {
		return nil, nil
	}

	return entInviteToBiz(invite), nil
}

// PendingInvitations is data/orginvitation.go:87.
func (r *OrgInvitation) PendingInvitations(ctx context.Context, receiverEmail string) ([]*biz.OrgInvitation, error) {
	invites, err := r.query().Where(
		orginvitation.ReceiverEmail(receiverEmail),
		orginvitation.StatusEQ(biz.OrgInvitationStatusPending),
	).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("error finding invites for user %s: %w", receiverEmail, err)
	}

	res := make([]*biz.OrgInvitation, len(invites))
	for i, v := range invites {
		res[i] = entInviteToBiz(v)
	}

	return res, nil
}

// ChangeStatus is data/orginvitation.go:107.
func (r *OrgInvitation) ChangeStatus(ctx context.Context, id uuid.UUID, status biz.OrgInvitationStatus) error {
	return r.data.DB.OrgInvitation.UpdateOneID(id).SetStatus(status).Exec(ctx)
}

// query is data/orginvitation.go:115.
func (r *OrgInvitation) query() *ent.OrgInvitationQuery {
	return r.data.DB.OrgInvitation.Query().WithOrganization().WithSender().Where(orginvitation.DeletedAtIsNil())
}

// FindByID is data/orginvitation.go:119.
func (r *OrgInvitation) FindByID(ctx context.Context, id uuid.UUID) (*biz.OrgInvitation, error) {
	invite, err := r.query().Where(orginvitation.ID(id)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, fmt.Errorf("error finding invite %s: %w", id.String(), err)
	} else if invite == nil {
		return nil, nil
	}

	return entInviteToBiz(invite), nil
}

// entInviteToBiz is data/orginvitation.go:157.
func entInviteToBiz(i *ent.OrgInvitation) *biz.OrgInvitation {
	if i == nil {
		return nil
	}

	res := &biz.OrgInvitation{
		ID:            i.ID,
		ReceiverEmail: i.ReceiverEmail,
		CreatedAt:     toTimePtr(i.CreatedAt),
		Status:        i.Status,
		Role:          i.Role,
		Context:       &i.Context,
	}

	if i.Edges.Organization != nil {
		res.Org = entOrgToBizOrg(i.Edges.Organization)
	}

	if i.Edges.Sender != nil {
		res.Sender = entUserToBizUser(i.Edges.Sender)
	}

	return res
}
