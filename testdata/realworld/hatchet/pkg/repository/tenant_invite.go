package repository

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"example.com/realworld/hatchet/pkg/repository/sqlchelpers"
	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/uuid"
)

// ErrInviteAlreadyExists is pkg/repository/tenant_invite.go:17.
var ErrInviteAlreadyExists = errors.New("invite already exists for this email")

// CreateTenantInviteOpts is pkg/repository/tenant_invite.go:19.
type CreateTenantInviteOpts struct {
	// (required) the invitee email
	InviteeEmail string `validate:"required,email"`

	// (required) the inviter email
	InviterEmail string `validate:"required,email"`

	// (required) when the invite expires
	ExpiresAt time.Time `validate:"required,future"`

	// (required) the role of the invitee
	Role string `validate:"omitempty,oneof=OWNER ADMIN MEMBER VIEWER"`

	// (optional) whether the invitee can view payloads
	CanViewPayloads *bool `validate:"omitempty"`

	// (optional) the maximum number pending of invites the inviter can have

	MaxPending int `validate:"omitempty"`
}

// UpdateTenantInviteOpts is pkg/repository/tenant_invite.go:40.
type UpdateTenantInviteOpts struct {
	Status *string `validate:"omitempty,oneof=ACCEPTED REJECTED"`

	// (optional) the role of the invitee
	Role *string `validate:"omitempty,oneof=OWNER ADMIN MEMBER VIEWER"`

	CanViewPayloads *bool `validate:"omitempty"`
}

// TenantInviteRepository is reduced to the methods the reproduced sites use.
type TenantInviteRepository interface {
	CreateTenantInvite(ctx context.Context, tenantId uuid.UUID, opts *CreateTenantInviteOpts) (*sqlcv1.TenantInviteLink, error)
	GetTenantInvite(ctx context.Context, id uuid.UUID) (*sqlcv1.TenantInviteLink, error)
	UpdateTenantInvite(ctx context.Context, id uuid.UUID, opts *UpdateTenantInviteOpts) (*sqlcv1.TenantInviteLink, error)
}

type tenantInviteRepository struct {
	*sharedRepository
}

func newTenantInviteRepository(shared *sharedRepository) TenantInviteRepository {
	return &tenantInviteRepository{
		sharedRepository: shared,
	}
}

// CreateTenantInvite is pkg/repository/tenant_invite.go:120 (callbacks trimmed).
// The lookup and the insert share a READ COMMITTED transaction (PrepareTx),
// which does not stop two callers from both seeing no pending invite.
func (r *tenantInviteRepository) CreateTenantInvite(ctx context.Context, tenantId uuid.UUID, opts *CreateTenantInviteOpts) (*sqlcv1.TenantInviteLink, error) {
	if err := r.v.Validate(opts); err != nil {
		return nil, err
	}

	tx, commit, rollback, err := sqlchelpers.PrepareTx(ctx, r.pool, r.l)

	if err != nil {
		return nil, err
	}

	defer rollback()

	if opts.MaxPending != 0 {
		invites, err := r.queries.CountActiveInvites(
			ctx,
			tx,
			tenantId,
		)

		if err != nil {
			r.l.Error().Ctx(ctx).Err(err).Msg("error counting pending invites")
			return nil, err
		}

		if invites >= int64(opts.MaxPending) {
			r.l.Error().Ctx(ctx).Msg("max pending invites reached")
			return nil, fmt.Errorf("max pending invites reached")
		}
	}

	_, err = r.queries.GetExistingInvite( // race; no unique key: "TenantInviteLink" has only "TenantInviteLink_id_key" (sql/schema/v0.sql:1396), nothing on ("tenantId", "inviteeEmail")
		ctx,
		tx,
		sqlcv1.GetExistingInviteParams{
			Tenantid:     tenantId,
			Inviteeemail: opts.InviteeEmail,
		},
	)

	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return nil, err
	} else if err == nil {
		return nil, ErrInviteAlreadyExists
	}

	invite, err := r.queries.CreateTenantInvite(
		ctx,
		tx,
		sqlcv1.CreateTenantInviteParams{
			Tenantid:        tenantId,
			Inviteremail:    opts.InviterEmail,
			Inviteeemail:    opts.InviteeEmail,
			Expires:         sqlchelpers.TimestampFromTime(opts.ExpiresAt),
			Role:            sqlcv1.TenantMemberRole(opts.Role),
			CanViewPayloads: canViewPayloadsParam(opts.CanViewPayloads),
		},
	)

	if err != nil {
		return nil, err
	}

	if err := commit(ctx); err != nil {
		return nil, err
	}

	return invite, nil
}

// GetTenantInvite is pkg/repository/tenant_invite.go:194.
func (r *tenantInviteRepository) GetTenantInvite(ctx context.Context, id uuid.UUID) (*sqlcv1.TenantInviteLink, error) {
	return r.queries.GetInviteById(
		ctx,
		r.pool,
		id,
	)
}

// UpdateTenantInvite is pkg/repository/tenant_invite.go:240 (callbacks trimmed).
func (r *tenantInviteRepository) UpdateTenantInvite(ctx context.Context, id uuid.UUID, opts *UpdateTenantInviteOpts) (*sqlcv1.TenantInviteLink, error) {
	if err := r.v.Validate(opts); err != nil {
		return nil, err
	}

	params := sqlcv1.UpdateTenantInviteParams{
		ID: id,
	}

	if opts.Role != nil {
		params.Role = sqlcv1.NullTenantMemberRole{
			TenantMemberRole: sqlcv1.TenantMemberRole(*opts.Role),
			Valid:            true,
		}
	}

	if opts.Status != nil {
		params.Status = sqlcv1.NullInviteLinkStatus{
			InviteLinkStatus: sqlcv1.InviteLinkStatus(*opts.Status),
			Valid:            true,
		}
	}

	if opts.CanViewPayloads != nil {
		params.CanViewPayloads = sqlchelpers.BoolFromBoolean(*opts.CanViewPayloads)
	}

	return r.queries.UpdateTenantInvite(
		ctx,
		r.pool,
		params,
	)
}
