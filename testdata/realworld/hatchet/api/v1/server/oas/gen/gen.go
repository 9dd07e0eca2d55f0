// Package gen is a reduced stand-in for hatchet's oapi-codegen output
// (api/v1/server/oas/gen): only the request/response types the reproduced
// handlers use.
package gen

type APIError struct {
	Description string `json:"description"`
}

type APIErrors struct {
	Errors []APIError `json:"errors"`
}

// Email stands in for openapi_types.Email.
type Email = string

type TenantMemberRole string

const (
	ADMIN  TenantMemberRole = "ADMIN"
	MEMBER TenantMemberRole = "MEMBER"
	OWNER  TenantMemberRole = "OWNER"
)

// Tenant create.

type CreateTenantRequest struct {
	Name string `json:"name"`
	Slug string `json:"slug"`
}

type TenantCreateRequestObject struct {
	Body *CreateTenantRequest
}

type TenantCreateResponseObject interface{ visitTenantCreateResponse() }

type TenantCreate200JSONResponse struct{ Slug string }

func (TenantCreate200JSONResponse) visitTenantCreateResponse() {}

type TenantCreate400JSONResponse APIErrors

func (TenantCreate400JSONResponse) visitTenantCreateResponse() {}

// User create.

type UserRegisterRequest struct {
	Email    Email  `json:"email"`
	Name     string `json:"name"`
	Password string `json:"password"`
}

type UserCreateRequestObject struct {
	Body *UserRegisterRequest
}

type UserCreateResponseObject interface{ visitUserCreateResponse() }

type UserCreate200JSONResponse struct{ Email string }

func (UserCreate200JSONResponse) visitUserCreateResponse() {}

type UserCreate400JSONResponse APIErrors

func (UserCreate400JSONResponse) visitUserCreateResponse() {}

type UserCreate405JSONResponse APIErrors

func (UserCreate405JSONResponse) visitUserCreateResponse() {}

// Tenant invite accept.

type AcceptInviteRequest struct {
	Invite string `json:"invite"`
}

type TenantInviteAcceptRequestObject struct {
	Body *AcceptInviteRequest
}

type TenantInviteAcceptResponseObject interface{ visitTenantInviteAcceptResponse() }

type TenantInviteAccept400JSONResponse APIErrors

func (TenantInviteAccept400JSONResponse) visitTenantInviteAcceptResponse() {}

// Tenant invite create.

type CreateTenantInviteRequest struct {
	Email           string           `json:"email"`
	Role            TenantMemberRole `json:"role"`
	CanViewPayloads *bool            `json:"canViewPayloads,omitempty"`
}

type TenantInviteCreateRequestObject struct {
	Body *CreateTenantInviteRequest
}

type TenantInviteCreateResponseObject interface{ visitTenantInviteCreateResponse() }

type TenantInviteCreate200JSONResponse struct{ InviteeEmail string }

func (TenantInviteCreate200JSONResponse) visitTenantInviteCreateResponse() {}

type TenantInviteCreate400JSONResponse APIErrors

func (TenantInviteCreate400JSONResponse) visitTenantInviteCreateResponse() {}

type TenantInviteCreate403JSONResponse APIError

func (TenantInviteCreate403JSONResponse) visitTenantInviteCreateResponse() {}
