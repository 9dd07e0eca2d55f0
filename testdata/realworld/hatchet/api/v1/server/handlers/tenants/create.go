package tenants

import (
	"errors"

	"github.com/jackc/pgx/v5"

	"example.com/realworld/hatchet/api/v1/server/oas/apierrors"
	"example.com/realworld/hatchet/api/v1/server/oas/gen"
	v1 "example.com/realworld/hatchet/pkg/repository"
	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/echo"
)

// TenantCreate is api/v1/server/handlers/tenants/create.go:17 (POST
// /api/v1/tenants). The slug lookup is at :34, the insert at :75
// (TenantRepository.CreateTenant, pkg/repository/tenant.go:308). Limits,
// analytics and the onboarding fields are trimmed.
func (t *TenantService) TenantCreate(ctx echo.Context, request gen.TenantCreateRequestObject) (gen.TenantCreateResponseObject, error) {
	user := ctx.Get("user").(*sqlcv1.User)

	if !t.config.Runtime.AllowCreateTenant {
		return gen.TenantCreate400JSONResponse(
			apierrors.NewAPIErrors("tenant signups are disabled"),
		), nil
	}

	// validate the request
	if apiErrors, err := t.config.Validator.ValidateAPI(request.Body); err != nil {
		return nil, err
	} else if apiErrors != nil {
		return gen.TenantCreate400JSONResponse(apierrors.NewAPIErrors("invalid request")), nil
	}

	// determine if a tenant with the slug already exists
	_, err := t.config.V1.Tenant().GetTenantBySlug(ctx.Request().Context(), request.Body.Slug) // race

	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return nil, err
	}

	if err == nil {
		// just return bad request
		return gen.TenantCreate400JSONResponse(
			apierrors.NewAPIErrors("Tenant with that slug already exists."),
		), nil
	}

	createOpts := &v1.CreateTenantOpts{
		Slug: request.Body.Slug,
		Name: request.Body.Name,
	}

	// write the user to the db
	tenant, err := t.config.V1.Tenant().CreateTenant(ctx.Request().Context(), createOpts)

	if err != nil {
		return nil, err
	}

	tenantId := tenant.ID

	// add the user as an owner of the tenant
	_, err = t.config.V1.Tenant().CreateTenantMember(ctx.Request().Context(), tenantId, &v1.CreateTenantMemberOpts{
		UserId: user.ID,
		Role:   "OWNER",
	})

	if err != nil {
		return nil, err
	}

	ctx.Set("tenant", tenant)

	return gen.TenantCreate200JSONResponse{Slug: tenant.Slug}, nil
}
