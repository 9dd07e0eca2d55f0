package service

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/paralus/internal/dao"
	"example.com/realworld/paralus/internal/models"
	systemv3 "example.com/realworld/paralus/proto/types"
	"example.com/realworld/paralus/third_party/uuid"
)

// oidcProvider is pkg/service/oidc_provider.go (Kratos config sync and
// audit logger trimmed).
type oidcProvider struct {
	db *bun.DB
}

// getPartnerOrganization is pkg/service/oidc_provider.go:69.
func (s *oidcProvider) getPartnerOrganization(ctx context.Context, provider *systemv3.OIDCProvider) (uuid.UUID, uuid.UUID, error) {
	partner := provider.Metadata.Partner
	org := provider.Metadata.Organization
	partnerId, err := dao.GetPartnerId(ctx, s.db, partner)
	if err != nil {
		return uuid.Nil, uuid.Nil, err
	}
	organizationId, err := dao.GetOrganizationId(ctx, s.db, org)
	if err != nil {
		return partnerId, uuid.Nil, err
	}
	return partnerId, organizationId, nil
}

// validateURL is pkg/service/utils.go (reduced).
func validateURL(u string) bool { return len(u) > 8 }

// Create is pkg/service/oidc_provider.go:83 (POST /auth/v3/sso/oidc/provider,
// server/oidc_provider.go CreateOIDCProvider): GetIdByNamePartnerOrg on the
// name (:101), GetM on issuer_url (:113), then dao.Create (:159). Mapper,
// auth and token URL validation and the response conversion are trimmed.
func (s *oidcProvider) Create(ctx context.Context, provider *systemv3.OIDCProvider) (*systemv3.OIDCProvider, error) {
	name := provider.Metadata.Name
	if len(name) == 0 {
		return &systemv3.OIDCProvider{}, fmt.Errorf("empty name for provider")
	}
	scopes := provider.Spec.Scopes
	if len(scopes) == 0 {
		return &systemv3.OIDCProvider{}, fmt.Errorf("no scopes present")
	}
	issUrl := provider.Spec.IssuerUrl
	if len(issUrl) == 0 {
		return &systemv3.OIDCProvider{}, fmt.Errorf("empty issuer url")
	}

	partnerId, organizationId, err := s.getPartnerOrganization(ctx, provider)
	if err != nil {
		return nil, fmt.Errorf("unable to get partner and org id")
	}
	p, _ := dao.GetIdByNamePartnerOrg( // race
		ctx,
		s.db,
		name,
		uuid.NullUUID{UUID: partnerId, Valid: true},
		uuid.NullUUID{UUID: organizationId, Valid: true},
		&models.OIDCProvider{},
	)
	if p != nil {
		return nil, fmt.Errorf("provider %q already exists", name)
	}

	p, _ = dao.GetM(ctx, s.db, map[string]interface{}{ // race
		"issuer_url":      issUrl,
		"partner_id":      partnerId,
		"organization_id": organizationId,
		"trash":           false,
	}, &models.OIDCProvider{})
	if p != nil {
		return nil, fmt.Errorf("duplicate issuer url")
	}
	if !validateURL(issUrl) {
		return &systemv3.OIDCProvider{}, fmt.Errorf("invalid issuer url")
	}

	entity := &models.OIDCProvider{
		Name:           name,
		Description:    provider.Metadata.Description,
		CreatedAt:      time.Time{},
		ModifiedAt:     time.Time{},
		PartnerId:      partnerId,
		OrganizationId: organizationId,
		ProviderName:   provider.Spec.ProviderName,
		ClientId:       provider.Spec.ClientId,
		ClientSecret:   provider.Spec.ClientSecret,
		Scopes:         provider.Spec.Scopes,
		IssuerURL:      issUrl,
	}
	_, err = dao.Create(ctx, s.db, entity)
	if err != nil {
		return &systemv3.OIDCProvider{}, err
	}

	provider.Metadata.Id = entity.Id.String()
	return provider, nil
}

// Update is pkg/service/oidc_provider.go:326 (PUT .../oidc/provider/{name}):
// GetByName (:346) must find the provider, then dao.Update (:390). URL
// validation trimmed.
func (s *oidcProvider) Update(ctx context.Context, provider *systemv3.OIDCProvider) (*systemv3.OIDCProvider, error) {
	name := provider.Metadata.Name
	if len(name) == 0 {
		return &systemv3.OIDCProvider{}, errors.New("empty name")
	}
	issUrl := provider.Spec.IssuerUrl

	partnerId, organizationId, err := s.getPartnerOrganization(ctx, provider)
	if err != nil {
		return nil, fmt.Errorf("unable to get partner and org id")
	}

	existingP := &models.OIDCProvider{}
	_, err = dao.GetByName(ctx, s.db, name, existingP) // safe: the lookup only guards an update; a missing provider is returned as an error
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return &systemv3.OIDCProvider{}, fmt.Errorf("oidc provider %q not exist", name)
		} else {
			return &systemv3.OIDCProvider{}, errors.New("internal")
		}
	}

	entity := &models.OIDCProvider{
		Name:           provider.Metadata.Name,
		Description:    provider.Metadata.Description,
		OrganizationId: organizationId,
		PartnerId:      partnerId,
		ModifiedAt:     time.Now(),
		ProviderName:   provider.Spec.ProviderName,
		ClientId:       provider.Spec.ClientId,
		ClientSecret:   provider.Spec.ClientSecret,
		Scopes:         provider.Spec.Scopes,
		IssuerURL:      issUrl,
	}
	_, err = dao.Update(ctx, s.db, existingP.Id, entity)
	if err != nil {
		return &systemv3.OIDCProvider{}, fmt.Errorf("unable to create oidc provider")
	}
	return provider, nil
}
