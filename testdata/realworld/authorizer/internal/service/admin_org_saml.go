// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"
	"fmt"
	"strings"

	"example.com/realworld/authorizer/internal/constants"
	"example.com/realworld/authorizer/internal/graph/model"
	"example.com/realworld/authorizer/internal/refs"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// CreateOrgSAMLConnection is internal/service/admin_org_saml.go:84 (URL,
// certificate and optional-field validation and audit logging trimmed).
func (p *provider) CreateOrgSAMLConnection(ctx context.Context, meta RequestMetadata, params *model.CreateOrgSAMLConnectionRequest) (*schemas.TrustedIssuer, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "CreateOrgSAMLConnection").Logger()
	if err := p.requireOrgAdmin(ctx, meta, params.OrgID); err != nil {
		return nil, nil, err
	}

	orgID := strings.TrimSpace(params.OrgID)
	name := strings.TrimSpace(params.Name)
	idpEntityID := strings.TrimSpace(params.IdpEntityID)
	idpSSOURL := strings.TrimSpace(params.IdpSsoURL)
	idpCert := strings.TrimSpace(params.IdpCertificate)
	if orgID == "" || name == "" || idpEntityID == "" || idpSSOURL == "" || idpCert == "" {
		return nil, nil, InvalidArgument("org_id, name, idp_entity_id, idp_sso_url and idp_certificate are required")
	}

	// The organization must exist.
	if _, err := p.StorageProvider.GetOrganizationByID(ctx, orgID); err != nil {
		log.Debug().Err(err).Str("org_id", orgID).Msg("organization not found")
		return nil, nil, NotFound(fmt.Sprintf("organization not found: %s", orgID))
	}
	// At most one SAML connection per org.
	if existing, _ := p.StorageProvider.GetTrustedIssuerByOrgIDAndKind(ctx, orgID, constants.TrustKindSSOSAML); existing != nil { // race
		return nil, nil, AlreadyExists("a SAML connection already exists for this organization")
	}
	// idp_entity_id is stored in the globally-unique IssuerURL column — this also
	// prevents a SAML row from shadowing an OIDC/client_assertion_trust row at the
	// same issuer value, and vice-versa.
	if existing, _ := p.StorageProvider.GetTrustedIssuerByIssuerURL(ctx, idpEntityID); existing != nil { // race
		return nil, nil, AlreadyExists(fmt.Sprintf("idp_entity_id already registered: %s", idpEntityID))
	}

	allowIDPInitiated := params.AllowIdpInitiated != nil && *params.AllowIdpInitiated

	issuer, err := p.StorageProvider.AddTrustedIssuer(ctx, &schemas.TrustedIssuer{
		Kind:                  constants.TrustKindSSOSAML,
		OrgID:                 orgID,
		Name:                  name,
		IssuerURL:             idpEntityID,
		KeySourceType:         "saml_idp_certificate",
		IssuerType:            "saml",
		AuthMethod:            "saml_assertion",
		SAMLSSOURL:            refs.NewStringRef(idpSSOURL),
		SAMLIDPCertPEM:        refs.NewStringRef(idpCert),
		SAMLAllowIDPInitiated: allowIDPInitiated,
		IsActive:              true,
	})
	if err != nil {
		log.Debug().Err(err).Msg("failed AddTrustedIssuer (sso_saml)")
		return nil, nil, err
	}

	return issuer, nil, nil
}
