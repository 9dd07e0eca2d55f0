// Package storage reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage.
package storage

import (
	"context"

	"gorm.io/gorm"

	"example.com/realworld/authorizer/internal/config"
	"example.com/realworld/authorizer/internal/storage/db/sql"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// Provider is internal/storage/provider.go:61, trimmed to the methods the
// reproduced sites call. Upstream it is implemented by six backends:
// internal/storage/db/{sql,mongodb,arangodb,cassandradb,dynamodb,couchbase};
// only the GORM sql backend is reproduced.
type Provider interface {
	// AddUser to save user information in database
	AddUser(ctx context.Context, user *schemas.User) (*schemas.User, error)
	// UpdateUser to update user information in database
	UpdateUser(ctx context.Context, user *schemas.User) (*schemas.User, error)
	// DeleteUser to delete user information from database
	DeleteUser(ctx context.Context, user *schemas.User) error
	// GetUserByEmail to get user information from database using email address
	GetUserByEmail(ctx context.Context, email string) (*schemas.User, error)
	// GetUserByPhoneNumber to get user information from database using phone number
	GetUserByPhoneNumber(ctx context.Context, phoneNumber string) (*schemas.User, error)
	// GetUserByID to get user information from database using user ID
	GetUserByID(ctx context.Context, id string) (*schemas.User, error)
	// GetUserByExternalID fetches an IdP-provisioned user by its org-namespaced external ID.
	GetUserByExternalID(ctx context.Context, orgID, externalID string) (*schemas.User, error)

	// AddVerificationRequest to save verification request in database
	AddVerificationRequest(ctx context.Context, verificationRequest *schemas.VerificationRequest) (*schemas.VerificationRequest, error)
	// GetVerificationRequestByEmail to get verification request by email from database
	GetVerificationRequestByEmail(ctx context.Context, email string, identifier string) (*schemas.VerificationRequest, error)
	// DeleteVerificationRequest to delete verification request from database
	DeleteVerificationRequest(ctx context.Context, verificationRequest *schemas.VerificationRequest) error

	// UpsertOTP to add or update otp
	UpsertOTP(ctx context.Context, otp *schemas.OTP) (*schemas.OTP, error)
	// GetOTPByEmail to get otp for a given email address
	GetOTPByEmail(ctx context.Context, emailAddress string) (*schemas.OTP, error)
	// GetOTPByPhoneNumber to get otp for a given phone number
	GetOTPByPhoneNumber(ctx context.Context, phoneNumber string) (*schemas.OTP, error)

	// AddAuthenticator adds a new authenticator document to the database.
	AddAuthenticator(ctx context.Context, authenticators *schemas.Authenticator) (*schemas.Authenticator, error)
	// UpdateAuthenticator updates an existing authenticator document in the database.
	UpdateAuthenticator(ctx context.Context, authenticators *schemas.Authenticator) (*schemas.Authenticator, error)
	// GetAuthenticatorDetailsByUserId retrieves details of an authenticator document based on user ID and authenticator type.
	GetAuthenticatorDetailsByUserId(ctx context.Context, userId string, authenticatorType string) (*schemas.Authenticator, error)

	// GetClientByID fetches a service account by primary key.
	GetClientByID(ctx context.Context, id string) (*schemas.Client, error)

	// AddTrustedIssuer creates a new trusted issuer record.
	AddTrustedIssuer(ctx context.Context, issuer *schemas.TrustedIssuer) (*schemas.TrustedIssuer, error)
	// GetTrustedIssuerByIssuerURL fetches a trusted issuer by its unique issuer URL.
	GetTrustedIssuerByIssuerURL(ctx context.Context, issuerURL string) (*schemas.TrustedIssuer, error)
	// GetTrustedIssuerByOrgIDAndKind fetches a trusted issuer by (orgID, kind).
	GetTrustedIssuerByOrgIDAndKind(ctx context.Context, orgID, kind string) (*schemas.TrustedIssuer, error)

	// AddOrganization creates a new organization record.
	AddOrganization(ctx context.Context, org *schemas.Organization) (*schemas.Organization, error)
	// UpdateOrganization updates an organization record.
	UpdateOrganization(ctx context.Context, org *schemas.Organization) (*schemas.Organization, error)
	// GetOrganizationByID fetches an organization by primary key.
	GetOrganizationByID(ctx context.Context, id string) (*schemas.Organization, error)
	// GetOrganizationByName fetches an organization by its unique name slug.
	GetOrganizationByName(ctx context.Context, name string) (*schemas.Organization, error)

	// AddOrgMembership creates a new membership.
	AddOrgMembership(ctx context.Context, membership *schemas.OrgMembership) (*schemas.OrgMembership, error)
	// GetOrgMembership fetches the membership for a (orgID, userID) pair.
	GetOrgMembership(ctx context.Context, orgID, userID string) (*schemas.OrgMembership, error)

	// AddFederatedIdentity creates a new federated identity.
	AddFederatedIdentity(ctx context.Context, identity *schemas.FederatedIdentity) (*schemas.FederatedIdentity, error)
	// GetFederatedIdentity fetches the federated identity for a (orgID, issuer, subject) tuple.
	GetFederatedIdentity(ctx context.Context, orgID, issuer, subject string) (*schemas.FederatedIdentity, error)

	// AddScimEndpoint creates a new SCIM endpoint record.
	AddScimEndpoint(ctx context.Context, endpoint *schemas.ScimEndpoint) (*schemas.ScimEndpoint, error)
	// GetScimEndpointByOrgID fetches a SCIM endpoint by its unique org ID.
	GetScimEndpointByOrgID(ctx context.Context, orgID string) (*schemas.ScimEndpoint, error)

	// AddScimGroup creates a new SCIM group record.
	AddScimGroup(ctx context.Context, group *schemas.ScimGroup) (*schemas.ScimGroup, error)
	// UpdateScimGroup updates a SCIM group record.
	UpdateScimGroup(ctx context.Context, group *schemas.ScimGroup) (*schemas.ScimGroup, error)
	// GetScimGroupByOrgAndDisplayName resolves the single group with the given displayName within an org.
	GetScimGroupByOrgAndDisplayName(ctx context.Context, orgID, displayName string) (*schemas.ScimGroup, error)
	// GetScimGroupByOrgAndExternalID resolves the single group with the given externalId within an org.
	GetScimGroupByOrgAndExternalID(ctx context.Context, orgID, externalID string) (*schemas.ScimGroup, error)

	// AddOrgDomain atomically inserts a verified domain row.
	AddOrgDomain(ctx context.Context, domain *schemas.OrgDomain) (*schemas.OrgDomain, error)
	// GetOrgDomainByDomain fetches a verified domain by its normalized value (PK).
	GetOrgDomainByDomain(ctx context.Context, domain string) (*schemas.OrgDomain, error)

	// AddSAMLServiceProvider registers a SAML service provider.
	AddSAMLServiceProvider(ctx context.Context, sp *schemas.SAMLServiceProvider) (*schemas.SAMLServiceProvider, error)
	// GetSAMLServiceProviderByOrgAndEntityID resolves the single registered SP for an (orgID, entityID) pair.
	GetSAMLServiceProviderByOrgAndEntityID(ctx context.Context, orgID, entityID string) (*schemas.SAMLServiceProvider, error)
}

// IsNotFound is internal/storage/errors.go:42 (the non-SQL backends' checks are trimmed).
func IsNotFound(err error) bool {
	if err == nil {
		return false
	}
	return sql.IsNotFound(err)
}

// New is internal/storage/provider.go:527 (only the sql branch of the
// database-type switch is reproduced).
func New(cfg *config.Config, db *gorm.DB) (Provider, error) {
	return sql.NewProvider(cfg, &sql.Dependencies{}, db)
}
