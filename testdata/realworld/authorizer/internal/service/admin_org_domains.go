// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"
	"errors"
	"strings"
	"time"

	"example.com/realworld/authorizer/internal/graph/model"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// errDomainOwnedByAnotherOrg is internal/service/admin_org_domains.go:20.
var errDomainOwnedByAnotherOrg = AlreadyExists("domain_already_verified_by_another_org")

// challengeKey is internal/service/org_domain_dns.go:51.
func challengeKey(orgID, domain string) string {
	return "org_domain_challenge:" + orgID + ":" + domain
}

// normalizeDomain is internal/service/org_domain_util.go:72 (IDNA conversion trimmed).
func normalizeDomain(input string) (string, error) {
	d := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(input)), ".")
	if d == "" {
		return "", InvalidArgument("domain is required")
	}
	return d, nil
}

// VerifyOrgDomain is internal/service/admin_org_domains.go:96 (public-suffix
// guard, rate limit, DNS TXT lookup and audit logging trimmed).
func (p *provider) VerifyOrgDomain(ctx context.Context, meta RequestMetadata, params *model.VerifyOrgDomainRequest) (*schemas.OrgDomain, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "VerifyOrgDomain").Logger()
	if err := p.requireOrgAdmin(ctx, meta, params.OrgID); err != nil {
		return nil, nil, err
	}
	orgID := strings.TrimSpace(params.OrgID)
	domain, err := normalizeDomain(params.Domain)
	if err != nil {
		return nil, nil, err
	}

	// Idempotency + conflict pre-check. AddOrgDomain also enforces this
	// atomically; this fast-path keeps re-verify cheap and returns a clean error.
	if existing, _ := p.StorageProvider.GetOrgDomainByDomain(ctx, domain); existing != nil { // safe: AddOrgDomain handles the primary-key violation by re-looking-up the row
		if existing.OrgID == orgID {
			return existing, nil, nil
		}
		return nil, nil, errDomainOwnedByAnotherOrg
	}

	token, err := p.MemoryStoreProvider.GetCache(challengeKey(orgID, domain))
	if err != nil || token == "" {
		log.Debug().Err(err).Msg("no pending domain challenge")
		return nil, nil, FailedPrecondition("no pending verification challenge for this domain; request one first")
	}

	row, err := p.StorageProvider.AddOrgDomain(ctx, &schemas.OrgDomain{
		ID:         domain,
		Domain:     domain,
		OrgID:      orgID,
		VerifiedAt: time.Now().Unix(),
	})
	if err != nil {
		if errors.Is(err, schemas.ErrOrgDomainConflict) {
			return nil, nil, errDomainOwnedByAnotherOrg
		}
		log.Debug().Err(err).Msg("failed to add org domain")
		return nil, nil, err
	}
	// Invalidate the consumed challenge. The memory-store interface has no
	// exact-key delete, so overwrite with an empty value + 1s TTL — precise
	// (unlike a prefix delete, which could clobber a sibling domain's challenge).
	_ = p.MemoryStoreProvider.SetCache(challengeKey(orgID, domain), "", 1)

	return row, nil, nil
}
