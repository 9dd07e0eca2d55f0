package users

import (
	"errors"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"example.com/realworld/hatchet/api/v1/server/oas/apierrors"
	"example.com/realworld/hatchet/api/v1/server/oas/gen"
	v1 "example.com/realworld/hatchet/pkg/repository"
	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/echo"
	"example.com/realworld/hatchet/third_party/uuid"
)

// TenantInviteAccept is api/v1/server/handlers/users/accept_invite.go:20
// (POST /api/v1/users/invites/accept). The membership lookup is at :66, the
// insert at :94 (TenantRepository.CreateTenantMember, pkg/repository/tenant.go:403).
// UpdateTenantInvite (:87) sets the status unconditionally, so two accepts
// of the same invite both reach CreateTenantMember; its query is an upsert
// (tenants.sql: ON CONFLICT ("tenantId", "userId") DO UPDATE), so the second
// one updates the role instead of failing. Analytics and the trailing
// GetTenantByID are trimmed.
func (u *UserService) TenantInviteAccept(ctx echo.Context, request gen.TenantInviteAcceptRequestObject) (gen.TenantInviteAcceptResponseObject, error) {
	user := ctx.Get("user").(*sqlcv1.User)
	userId := user.ID

	inviteIdStr := request.Body.Invite

	if inviteIdStr == "" {
		return nil, errors.New("invalid invite id")
	}

	inviteId, err := uuid.Parse(inviteIdStr)

	if err != nil {
		return nil, errors.New("invalid invite id")
	}

	// get the invite
	invite, err := u.config.V1.TenantInvite().GetTenantInvite(ctx.Request().Context(), inviteId)

	if err != nil {
		return nil, err
	}

	// ensure the invite belongs to the user
	if !strings.EqualFold(invite.InviteeEmail, user.Email) {
		return gen.TenantInviteAccept400JSONResponse(apierrors.NewAPIErrors("wrong email for invite")), nil
	}

	// ensure the invite is not expired
	if invite.Expires.Time.Before(time.Now()) {
		return gen.TenantInviteAccept400JSONResponse(apierrors.NewAPIErrors("invite is expired")), nil
	}

	// ensure invite is in a pending state
	if invite.Status != sqlcv1.InviteLinkStatusPENDING {
		return gen.TenantInviteAccept400JSONResponse(apierrors.NewAPIErrors("invite has already been used")), nil
	}

	// ensure the user is not already a member of the tenant
	_, err = u.config.V1.Tenant().GetTenantMemberByEmail(ctx.Request().Context(), invite.TenantId, user.Email) // safe: CreateTenantMember is INSERT ... ON CONFLICT ("tenantId", "userId") DO UPDATE

	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return nil, err
	} else if err == nil {
		// User is already a member — mark invite accepted and return success
		_, err = u.config.V1.TenantInvite().UpdateTenantInvite(ctx.Request().Context(), invite.ID, &v1.UpdateTenantInviteOpts{
			Status: v1.StringPtr(string(sqlcv1.InviteLinkStatusACCEPTED)),
		})
		if err != nil {
			return nil, err
		}
		return nil, nil
	}

	// construct the database query
	updateOpts := &v1.UpdateTenantInviteOpts{
		Status: v1.StringPtr(string(sqlcv1.InviteLinkStatusACCEPTED)),
	}

	// update the invite
	invite, err = u.config.V1.TenantInvite().UpdateTenantInvite(ctx.Request().Context(), invite.ID, updateOpts)

	if err != nil {
		return nil, err
	}

	// add the user to the tenant
	member, err := u.config.V1.Tenant().CreateTenantMember(ctx.Request().Context(), invite.TenantId, &v1.CreateTenantMemberOpts{
		UserId:          userId,
		Role:            string(invite.Role),
		CanViewPayloads: &invite.CanViewPayloads,
	})

	if err != nil {
		return nil, err
	}

	ctx.Set("tenant-member", member)

	return nil, nil
}
