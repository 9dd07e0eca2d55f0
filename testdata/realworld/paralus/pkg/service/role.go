package service

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/paralus/internal/dao"
	"example.com/realworld/paralus/internal/models"
	rolev3 "example.com/realworld/paralus/proto/types"
	"example.com/realworld/paralus/third_party/uuid"
)

// roleService is pkg/service/role.go (authz, audit logger trimmed).
type roleService struct {
	db *bun.DB
}

// getPartnerOrganization is pkg/service/role.go:58.
func (s *roleService) getPartnerOrganization(ctx context.Context, db bun.IDB, role *rolev3.Role) (uuid.UUID, uuid.UUID, error) {
	partner := role.Metadata.Partner
	org := role.Metadata.Organization
	partnerId, err := dao.GetPartnerId(ctx, db, partner)
	if err != nil {
		return uuid.Nil, uuid.Nil, err
	}
	organizationId, err := dao.GetOrganizationId(ctx, db, org)
	if err != nil {
		return partnerId, uuid.Nil, err
	}
	return partnerId, organizationId, nil

}

// Create is pkg/service/role.go:129 (POST .../organization/{organization}/role,
// server/role.go CreateRole; also scripts/initialize for the built-in
// roles): GetIdByNamePartnerOrg (:134) -> "already exists"; else
// dao.Create in a transaction (:184). Permission validation, the
// role-permission mapping and audit are trimmed.
func (s *roleService) Create(ctx context.Context, role *rolev3.Role) (*rolev3.Role, error) {
	partnerId, organizationId, err := s.getPartnerOrganization(ctx, s.db, role)
	if err != nil {
		return nil, fmt.Errorf("unable to get partner and org id")
	}
	r, _ := dao.GetIdByNamePartnerOrg(ctx, s.db, role.Metadata.Name, uuid.NullUUID{UUID: partnerId, Valid: true}, uuid.NullUUID{UUID: organizationId, Valid: true}, &models.Role{}) // race; no unique key: authsrv_resourcerole has only plain indexes (persistence/migrations/admindb/000007_authsrv_resourcerole.up.sql:15-21)
	if r != nil {
		return nil, fmt.Errorf("role '%v' already exists", role.Metadata.Name)
	}

	scope := role.Spec.Scope
	if !contains([]string{"system", "organization", "project", "namespace"}, strings.ToLower(scope)) {
		return nil, fmt.Errorf("unknown scope '%v'", scope)
	}

	// convert v3 spec to internal models
	rle := models.Role{
		Name:           role.Metadata.Name,
		Description:    role.Metadata.Description,
		CreatedAt:      time.Now(),
		ModifiedAt:     time.Now(),
		Trash:          false,
		OrganizationId: organizationId,
		PartnerId:      partnerId,
		IsGlobal:       role.Spec.IsGlobal,
		Builtin:        false,
		Scope:          strings.ToLower(scope),
	}

	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{})
	if err != nil {
		return &rolev3.Role{}, err
	}

	entity, err := dao.Create(ctx, tx, &rle)
	if err != nil {
		tx.Rollback()
		return &rolev3.Role{}, err
	}

	//update v3 spec
	if createdRole, ok := entity.(*models.Role); ok {
		role.Metadata.Id = createdRole.ID.String()

		err = tx.Commit()
		if err != nil {
			tx.Rollback()
		}
		return role, nil
	}
	return &rolev3.Role{}, fmt.Errorf("unable to create role")
}

// contains is internal/utils Contains.
func contains(s []string, e string) bool {
	for _, a := range s {
		if a == e {
			return true
		}
	}
	return false
}
