// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"
	"fmt"
	"strings"

	"example.com/realworld/authorizer/internal/constants"
	"example.com/realworld/authorizer/internal/graph/model"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// defaultSSOScopes is internal/service/admin_org_oidc.go:18.
const defaultSSOScopes = "openid profile email"

// CreateOrgOIDCConnection is internal/service/admin_org_oidc.go:66 (issuer
// URL validation, secret encryption and audit logging trimmed).
func (p *provider) CreateOrgOIDCConnection(ctx context.Context, meta RequestMetadata, params *model.CreateOrgOIDCConnectionRequest) (*schemas.TrustedIssuer, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "CreateOrgOIDCConnection").Logger()
	if err := p.requireOrgAdmin(ctx, meta, params.OrgID); err != nil {
		return nil, nil, err
	}

	orgID := strings.TrimSpace(params.OrgID)
	name := strings.TrimSpace(params.Name)
	issuerURL := strings.TrimSpace(params.IssuerURL)
	clientID := strings.TrimSpace(params.ClientID)
	clientSecret := params.ClientSecret // preserve verbatim (secret may be non-trimmable)
	if orgID == "" || name == "" || issuerURL == "" || clientID == "" || strings.TrimSpace(clientSecret) == "" {
		return nil, nil, InvalidArgument("org_id, name, issuer_url, client_id and client_secret are required")
	}

	// The organization must exist.
	if _, err := p.StorageProvider.GetOrganizationByID(ctx, orgID); err != nil {
		log.Debug().Err(err).Str("org_id", orgID).Msg("organization not found")
		return nil, nil, NotFound(fmt.Sprintf("organization not found: %s", orgID))
	}
	// At most one OIDC connection per org.
	if existing, _ := p.StorageProvider.GetTrustedIssuerByOrgIDAndKind(ctx, orgID, constants.TrustKindSSOOIDC); existing != nil { // race
		return nil, nil, AlreadyExists("an OIDC connection already exists for this organization")
	}
	// issuer_url is globally unique (DB unique index + service guard) — this also
	// prevents an SSO row from shadowing a client_assertion_trust row at the same
	// URL, and vice-versa.
	if existing, _ := p.StorageProvider.GetTrustedIssuerByIssuerURL(ctx, issuerURL); existing != nil { // race
		return nil, nil, AlreadyExists(fmt.Sprintf("issuer_url already registered: %s", issuerURL))
	}

	// The upstream secret is stored AES-encrypted (reversible: replayed to the
	// upstream token endpoint) keyed on Config.ClientSecret, and carries json:"-".
	encSecret := clientSecret

	scopes := defaultSSOScopes
	if params.Scopes != nil && strings.TrimSpace(*params.Scopes) != "" {
		scopes = strings.TrimSpace(*params.Scopes)
	}
	redirectURI := ""
	if params.RedirectURI != nil {
		redirectURI = strings.TrimSpace(*params.RedirectURI)
	}

	issuer, err := p.StorageProvider.AddTrustedIssuer(ctx, &schemas.TrustedIssuer{
		Kind:               constants.TrustKindSSOOIDC,
		OrgID:              orgID,
		Name:               name,
		IssuerURL:          issuerURL,
		KeySourceType:      constants.KeySourceOIDCDiscovery,
		IssuerType:         "oidc",
		AuthMethod:         "jwt_assertion",
		SSOClientID:        clientID,
		SSOClientSecretEnc: encSecret,
		SSOScopes:          scopes,
		SSORedirectURI:     redirectURI,
		IsActive:           true,
	})
	if err != nil {
		log.Debug().Err(err).Msg("failed AddTrustedIssuer (sso_oidc)")
		return nil, nil, err
	}

	return issuer, nil, nil
}
