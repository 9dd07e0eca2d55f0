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

// defaultSubjectClaim is internal/service/admin_trusted_issuers.go:20.
const defaultSubjectClaim = "sub"

// AddTrustedIssuer is internal/service/admin_trusted_issuers.go:120
// (key-source / issuer-type / token-review validation and audit logging trimmed).
func (p *provider) AddTrustedIssuer(ctx context.Context, meta RequestMetadata, params *model.AddTrustedIssuerRequest) (*schemas.TrustedIssuer, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "AddTrustedIssuer").Logger()
	if err := p.requireSuperAdmin(ctx, meta); err != nil {
		return nil, nil, err
	}

	if strings.TrimSpace(params.ServiceAccountID) == "" {
		return nil, nil, InvalidArgument("service_account_id is required")
	}
	if strings.TrimSpace(params.Name) == "" {
		return nil, nil, InvalidArgument("name is required")
	}
	if strings.TrimSpace(params.IssuerURL) == "" {
		return nil, nil, InvalidArgument("issuer_url is required")
	}
	if strings.TrimSpace(params.ExpectedAud) == "" {
		return nil, nil, InvalidArgument("expected_aud is required")
	}

	// Reject issuers bound to a non-existent service account — otherwise a typo
	// creates an orphan that can never be reached via the parent.
	if _, err := p.StorageProvider.GetClientByID(ctx, params.ServiceAccountID); err != nil {
		log.Debug().Err(err).Str("service_account_id", params.ServiceAccountID).Msg("service account not found")
		return nil, nil, NotFound(fmt.Sprintf("service account not found: %s", params.ServiceAccountID))
	}

	// Enforce issuer_url uniqueness at the service layer. Storage providers use a
	// plain insert with no unique constraint, so duplicates would otherwise
	// coexist and GetTrustedIssuerByIssuerURL (called on every client_assertion
	// validation) would resolve nondeterministically. This guard protects all
	// backends uniformly.
	if existing, err := p.StorageProvider.GetTrustedIssuerByIssuerURL(ctx, params.IssuerURL); err == nil && existing != nil { // race
		log.Debug().Str("issuer_url", params.IssuerURL).Msg("issuer_url already registered")
		return nil, nil, AlreadyExists(fmt.Sprintf("issuer_url already registered: %s", params.IssuerURL))
	}

	subjectClaim := defaultSubjectClaim
	if params.SubjectClaim != nil && strings.TrimSpace(*params.SubjectClaim) != "" {
		subjectClaim = strings.TrimSpace(*params.SubjectClaim)
	}

	// AllowedSubjects is stored verbatim (trimmed); ParsedAllowedSubjects() is the
	// single interpreter. An empty/omitted value persists as "" — DENY-ALL by
	// design, so a freshly created issuer authenticates nobody until subjects are
	// explicitly configured (§5.2 C1, fail-closed).
	allowedSubjects := ""
	if params.AllowedSubjects != nil {
		allowedSubjects = strings.TrimSpace(*params.AllowedSubjects)
	}

	issuer, err := p.StorageProvider.AddTrustedIssuer(ctx, &schemas.TrustedIssuer{
		ClientID:        params.ServiceAccountID,
		Name:            strings.TrimSpace(params.Name),
		IssuerURL:       params.IssuerURL,
		KeySourceType:   params.KeySourceType,
		JWKSUrl:         params.JwksURL,
		ExpectedAud:     params.ExpectedAud,
		SubjectClaim:    subjectClaim,
		AllowedSubjects: allowedSubjects,
		IssuerType:      params.IssuerType,
		// Set explicitly rather than relying on the GORM column default so NoSQL
		// providers (no default support) persist the same values. This admin op
		// only ever creates client_assertion_trust rows; org-scoped SSO connections
		// are created through the dedicated OIDC-connection admin API.
		Kind:       constants.TrustKindClientAssertion,
		AuthMethod: constants.AuthMethodJWTAssertion,
		IsActive:   true,
	})
	if err != nil {
		log.Debug().Err(err).Msg("failed AddTrustedIssuer")
		return nil, nil, err
	}

	return issuer, nil, nil
}
