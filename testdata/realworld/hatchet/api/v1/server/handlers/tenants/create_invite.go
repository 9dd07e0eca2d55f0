package tenants

import (
	"errors"
	"strings"
	"time"

	"example.com/realworld/hatchet/api/v1/server/oas/apierrors"
	"example.com/realworld/hatchet/api/v1/server/oas/gen"
	v1 "example.com/realworld/hatchet/pkg/repository"
	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/echo"
)

// TenantInviteCreate is api/v1/server/handlers/tenants/create_invite.go:20
// (POST /api/v1/tenants/{tenant}/invites). The invitation email is trimmed.
func (t *TenantService) TenantInviteCreate(ctx echo.Context, request gen.TenantInviteCreateRequestObject) (gen.TenantInviteCreateResponseObject, error) {
	user := ctx.Get("user").(*sqlcv1.User)
	tenant := ctx.Get("tenant").(*sqlcv1.Tenant)
	tenantId := tenant.ID
	tenantMember := ctx.Get("tenant-member").(*sqlcv1.TenantMember)
	if !t.config.Runtime.AllowInvites {
		t.config.Logger.Warn().Msg("tenant invites are disabled")
		return gen.TenantInviteCreate400JSONResponse(
			apierrors.NewAPIErrors("tenant invites are disabled"),
		), nil
	}

	inviteeEmail := strings.ToLower(request.Body.Email)

	// ensure that this user isn't already a member of the tenant
	if _, err := t.config.V1.Tenant().GetTenantMemberByEmail(ctx.Request().Context(), tenantId, inviteeEmail); err == nil { // safe: a found member only turns the request away; the insert below is of an invite row on a fresh gen_random_uuid() id, not of a member
		t.config.Logger.Warn().Msg("this user is already a member of this tenant")
		return gen.TenantInviteCreate400JSONResponse(
			apierrors.NewAPIErrors("this user is already a member of this tenant"),
		), nil
	}

	// if user is not an owner, they cannot change a role to owner
	if tenantMember.Role != sqlcv1.TenantMemberRoleOWNER && request.Body.Role == gen.OWNER {
		t.config.Logger.Warn().Msg("only an owner can change a role to owner")
		return gen.TenantInviteCreate400JSONResponse(
			apierrors.NewAPIErrors("only an owner can change a role to owner"),
		), nil
	}

	// construct the database query
	createOpts := &v1.CreateTenantInviteOpts{
		InviteeEmail:    inviteeEmail,
		InviterEmail:    user.Email,
		ExpiresAt:       time.Now().Add(7 * 24 * time.Hour), // 1 week expiration
		Role:            string(request.Body.Role),
		CanViewPayloads: request.Body.CanViewPayloads,
		MaxPending:      t.config.Runtime.MaxPendingInvites,
	}

	// create the invite
	invite, err := t.config.V1.TenantInvite().CreateTenantInvite(ctx.Request().Context(), tenantId, createOpts)

	if err != nil {
		t.config.Logger.Err(err).Msg("could not create tenant invite")

		if errors.Is(err, v1.ErrInviteAlreadyExists) {
			return gen.TenantInviteCreate400JSONResponse(
				apierrors.NewAPIErrors("invite already exists for this email"),
			), nil
		}

		return gen.TenantInviteCreate403JSONResponse{
			Description: err.Error(),
		}, nil
	}

	return gen.TenantInviteCreate200JSONResponse{InviteeEmail: invite.InviteeEmail}, nil
}
