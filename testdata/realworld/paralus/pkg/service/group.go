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
	userv3 "example.com/realworld/paralus/proto/types"
	"example.com/realworld/paralus/third_party/uuid"
)

// parsedIds is pkg/service/utils.go.
type parsedIds struct {
	Id           uuid.UUID
	Partner      uuid.UUID
	Organization uuid.UUID
}

// GroupService is pkg/service/group.go (methods trimmed).
type GroupService interface {
	Create(ctx context.Context, group *userv3.Group) (*userv3.Group, error)
	GetByName(ctx context.Context, group *userv3.Group) (*userv3.Group, error)
}

// groupService is pkg/service/group.go (authz, audit logger trimmed).
type groupService struct {
	db *bun.DB
}

// NewGroupService is pkg/service/group.go.
func NewGroupService(db *bun.DB) GroupService {
	return &groupService{db: db}
}

// createGroupRoleRelations is pkg/service/group.go:97 (Map roles to groups;
// only the system/organization scoped branch is kept, project scoped
// roles and authz policies trimmed).
func (s *groupService) createGroupRoleRelations(ctx context.Context, db bun.IDB, group *userv3.Group, ids parsedIds) (*userv3.Group, []uuid.UUID, error) {
	projectNamespaceRoles := group.Spec.ProjectNamespaceRoles

	var grs []models.GroupRole
	var rids []uuid.UUID

	for _, pnr := range projectNamespaceRoles {
		role := pnr.Role
		entity, err := dao.GetByName(ctx, db, role, &models.Role{}) // safe: the role must exist (missing -> error); the rows inserted are group-role links with fresh ids
		if err != nil {
			return &userv3.Group{}, nil, fmt.Errorf("unable to find role '%v'", role)
		}
		var roleId uuid.UUID
		var scope string
		if rle, ok := entity.(*models.Role); ok {
			roleId = rle.ID
			rids = append(rids, rle.ID)
			scope = strings.ToLower(rle.Scope)
		} else {
			return &userv3.Group{}, nil, fmt.Errorf("unable to find role '%v'", role)
		}

		switch scope {
		case "system", "organization":
			gr := models.GroupRole{
				Trash:          false,
				RoleId:         roleId,
				PartnerId:      ids.Partner,
				OrganizationId: ids.Organization,
				GroupId:        ids.Id,
				Active:         true,
			}
			grs = append(grs, gr)
		default:
			return group, nil, fmt.Errorf("other scoped roles are not handled")
		}
	}
	if len(grs) > 0 {
		_, err := dao.Create(ctx, db, &grs)
		if err != nil {
			return &userv3.Group{}, nil, err
		}
	}

	return group, rids, nil
}

// getPartnerOrganization is pkg/service/group.go:338.
func (s *groupService) getPartnerOrganization(ctx context.Context, db bun.IDB, group *userv3.Group) (uuid.UUID, uuid.UUID, error) {
	partner := group.Metadata.Partner
	org := group.Metadata.Organization
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

// Create is pkg/service/group.go:353 (POST .../organization/{organization}/group,
// server/group.go CreateGroup; also scripts/initialize createDefaultGroup):
// GetIdByNamePartnerOrg (:358) -> "already exists"; else dao.Create in a
// transaction (:379). Account relations and audit trimmed.
func (s *groupService) Create(ctx context.Context, group *userv3.Group) (*userv3.Group, error) {
	partnerId, organizationId, err := s.getPartnerOrganization(ctx, s.db, group)
	if err != nil {
		return nil, fmt.Errorf("unable to get partner and org id")
	}
	g, _ := dao.GetIdByNamePartnerOrg(ctx, s.db, group.Metadata.Name, uuid.NullUUID{UUID: partnerId, Valid: true}, uuid.NullUUID{UUID: organizationId, Valid: true}, &models.Group{}) // race; no unique key: authsrv_group has only plain indexes (persistence/migrations/admindb/000005_authsrv_group.up.sql:13-19)
	if g != nil {
		return nil, fmt.Errorf("group '%v' already exists", group.Metadata.Name)
	}
	//convert v3 spec to internal models
	grp := models.Group{
		Name:           group.Metadata.Name,
		Description:    group.Metadata.Description,
		CreatedAt:      time.Now(),
		ModifiedAt:     time.Now(),
		Trash:          false,
		OrganizationId: organizationId,
		PartnerId:      partnerId,
		Type:           group.Spec.Type,
	}

	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{})
	if err != nil {
		return &userv3.Group{}, err
	}

	entity, err := dao.Create(ctx, tx, &grp)
	if err != nil {
		tx.Rollback() // TODO: check errors for rollback (and do what?)
		return &userv3.Group{}, err
	}

	//update v3 spec
	if grp, ok := entity.(*models.Group); ok {
		group, _, err := s.createGroupRoleRelations(ctx, tx, group, parsedIds{Id: grp.ID, Partner: partnerId, Organization: organizationId})
		if err != nil {
			tx.Rollback()
			return &userv3.Group{}, err
		}

		err = tx.Commit()
		if err != nil {
			tx.Rollback()
		}

		return group, nil
	}
	return &userv3.Group{}, fmt.Errorf("unable to create group")
}

// GetByName is pkg/service/group.go:467 (conversion trimmed).
func (s *groupService) GetByName(ctx context.Context, group *userv3.Group) (*userv3.Group, error) {
	name := group.Metadata.Name
	partnerId, organizationId, err := s.getPartnerOrganization(ctx, s.db, group)
	if err != nil {
		return nil, fmt.Errorf("unable to get partner and org id")
	}
	entity, err := dao.GetByNamePartnerOrg(ctx, s.db, name, uuid.NullUUID{UUID: partnerId, Valid: true}, uuid.NullUUID{UUID: organizationId, Valid: true}, &models.Group{})
	if err != nil {
		return &userv3.Group{}, err
	}

	if _, ok := entity.(*models.Group); ok {
		return group, nil
	}
	return &userv3.Group{}, fmt.Errorf("unable to fetch group '%v'", name)
}
