package service

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/paralus/internal/dao"
	"example.com/realworld/paralus/internal/models"
	systemv3 "example.com/realworld/paralus/proto/types"
	"example.com/realworld/paralus/third_party/uuid"
)

// idpService is pkg/service/idp.go (app host, audit logger trimmed).
type idpService struct {
	db *bun.DB
}

// getPartnerOrganization is pkg/service/idp.go:106.
func (s *idpService) getPartnerOrganization(ctx context.Context, provider *systemv3.Idp) (uuid.UUID, uuid.UUID, error) {
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

// Create is pkg/service/idp.go:120 (POST /auth/v3/sso/idp, server/idp.go
// CreateIdp): GetIdByNamePartnerOrg on the name (:136) and GetX on the
// domain (:149), then dao.Create (:181). SAML SP certificate generation
// and the response conversion are trimmed.
func (s *idpService) Create(ctx context.Context, idp *systemv3.Idp) (*systemv3.Idp, error) {
	name := idp.Metadata.Name
	domain := idp.Spec.Domain

	// validate name and domain
	if len(name) == 0 {
		return &systemv3.Idp{}, fmt.Errorf("empty name for idp provider")
	}
	if len(domain) == 0 {
		return &systemv3.Idp{}, fmt.Errorf("empty domain for idp provider")
	}

	partnerId, organizationId, err := s.getPartnerOrganization(ctx, idp)
	if err != nil {
		return nil, fmt.Errorf("unable to get partner and org id")
	}
	i, _ := dao.GetIdByNamePartnerOrg( // race; no unique key: authsrv_idp has no unique index on name (persistence/migrations/admindb/000028_authsrv_idp.up.sql:3, only UNIQUE (partner_id, domain) at :21; the bun tag `unique` on Name is not part of the schema)
		ctx,
		s.db,
		idp.Metadata.Name,
		uuid.NullUUID{UUID: partnerId, Valid: true},
		uuid.NullUUID{UUID: organizationId, Valid: true},
		&models.Idp{},
	)
	if i != nil {
		return nil, fmt.Errorf("idp %q already exists", idp.Metadata.Name)
	}

	e := &models.Idp{}
	dao.GetX(ctx, s.db, "domain", domain, e)
	if e.Domain == domain {
		return &systemv3.Idp{}, fmt.Errorf("duplicate idp domain")
	}

	entity := &models.Idp{
		Name:           name,
		Description:    idp.Metadata.Description,
		CreatedAt:      time.Now(),
		PartnerId:      partnerId,
		OrganizationId: organizationId,
		IdpName:        idp.Spec.IdpName,
		Domain:         domain,
		SsoURL:         idp.Spec.SsoUrl,
	}
	_, err = dao.Create(ctx, s.db, entity)
	if err != nil {
		return &systemv3.Idp{}, err
	}

	idp.Metadata.Id = entity.Id.String()
	return idp, nil
}
