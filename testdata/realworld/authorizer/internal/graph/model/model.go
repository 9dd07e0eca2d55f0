// Package model reproduces authorizerdev/authorizer 4ad0758cebf4 internal/graph/model (gqlgen request types, only the fields used here).
package model

// InviteMemberRequest is a minimal stand-in for the upstream declaration of the same name.
// InviteMemberRequest is the gqlgen input of _invite_members.
type InviteMemberRequest struct {
	Emails      []string
	RedirectURI *string
}

// CreateOrgOIDCConnectionRequest is a minimal stand-in for the upstream declaration of the same name.
// CreateOrgOIDCConnectionRequest is the gqlgen input of _create_org_oidc_connection.
type CreateOrgOIDCConnectionRequest struct {
	OrgID        string
	Name         string
	IssuerURL    string
	ClientID     string
	ClientSecret string
	Scopes       *string
	RedirectURI  *string
}

// CreateOrgSAMLConnectionRequest is a minimal stand-in for the upstream declaration of the same name.
// CreateOrgSAMLConnectionRequest is the gqlgen input of _create_org_saml_connection.
type CreateOrgSAMLConnectionRequest struct {
	OrgID             string
	Name              string
	IdpEntityID       string
	IdpSsoURL         string
	IdpCertificate    string
	AllowIdpInitiated *bool
}

// VerifyOrgDomainRequest is a minimal stand-in for the upstream declaration of the same name.
// VerifyOrgDomainRequest is the gqlgen input of _verify_org_domain.
type VerifyOrgDomainRequest struct {
	OrgID  string
	Domain string
}

// CreateOrganizationRequest is a minimal stand-in for the upstream declaration of the same name.
// CreateOrganizationRequest is the gqlgen input of _create_organization.
type CreateOrganizationRequest struct {
	Name        string
	DisplayName *string
}

// UpdateOrganizationRequest is a minimal stand-in for the upstream declaration of the same name.
// UpdateOrganizationRequest is the gqlgen input of _update_organization.
type UpdateOrganizationRequest struct {
	ID          string
	Name        *string
	DisplayName *string
	Enabled     *bool
}

// AddOrgMemberRequest is a minimal stand-in for the upstream declaration of the same name.
// AddOrgMemberRequest is the gqlgen input of _add_org_member.
type AddOrgMemberRequest struct {
	OrgID  string
	UserID string
	Roles  []string
}

// CreateSAMLServiceProviderRequest is a minimal stand-in for the upstream declaration of the same name.
// CreateSAMLServiceProviderRequest is the gqlgen input of _create_saml_service_provider.
type CreateSAMLServiceProviderRequest struct {
	OrgID             string
	Name              string
	EntityID          string
	AcsURL            string
	SpCertPem         *string
	NameIDFormat      *string
	MappedAttributes  *string
	AllowIdpInitiated *bool
}

// CreateScimEndpointRequest is a minimal stand-in for the upstream declaration of the same name.
// CreateScimEndpointRequest is the gqlgen input of _create_scim_endpoint.
type CreateScimEndpointRequest struct {
	OrgID string
}

// AddTrustedIssuerRequest is a minimal stand-in for the upstream declaration of the same name.
// AddTrustedIssuerRequest is the gqlgen input of _add_trusted_issuer.
type AddTrustedIssuerRequest struct {
	ServiceAccountID string
	Name             string
	IssuerURL        string
	KeySourceType    string
	JwksURL          *string
	ExpectedAud      string
	SubjectClaim     *string
	AllowedSubjects  *string
	IssuerType       string
}

// MagicLinkLoginRequest is a minimal stand-in for the upstream declaration of the same name.
// MagicLinkLoginRequest is the gqlgen input of magic_link_login.
type MagicLinkLoginRequest struct {
	Email string
	Roles []string
	State *string
}

// ResendVerifyEmailRequest is a minimal stand-in for the upstream declaration of the same name.
// ResendVerifyEmailRequest is the gqlgen input of resend_verify_email.
type ResendVerifyEmailRequest struct {
	Email      string
	Identifier string
}

// SignUpRequest is a minimal stand-in for the upstream declaration of the same name.
// SignUpRequest is the gqlgen input of signup.
type SignUpRequest struct {
	Email           *string
	PhoneNumber     *string
	Password        string
	ConfirmPassword string
	GivenName       *string
	FamilyName      *string
	Roles           []string
}

// Response is a minimal stand-in for the upstream declaration of the same name.
// Response is the generic gqlgen message response.
type Response struct {
	Message string
}

// AuthResponse is a minimal stand-in for the upstream declaration of the same name.
// AuthResponse is the gqlgen auth response (trimmed).
type AuthResponse struct {
	Message string
}
