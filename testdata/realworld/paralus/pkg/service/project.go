// Package service is a reduced copy of pkg/service: the bun-backed
// services behind the paralus gRPC/HTTP API (server/*.go).
package service

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/paralus/internal/dao"
	"example.com/realworld/paralus/internal/models"
	systemv3 "example.com/realworld/paralus/proto/types"
	"example.com/realworld/paralus/third_party/uuid"
)

// prjNameRX is internal/common PrjNameRX.
var prjNameRX = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`)

// ProjectService is pkg/service/project.go (methods trimmed).
type ProjectService interface {
	Create(ctx context.Context, project *systemv3.Project) (*systemv3.Project, error)
	GetByName(ctx context.Context, name string) (*systemv3.Project, error)
	Delete(ctx context.Context, project *systemv3.Project) (*systemv3.Project, error)
}

// projectService is pkg/service/project.go (authz, audit logger trimmed).
type projectService struct {
	db *bun.DB
}

// NewProjectService is pkg/service/project.go:55.
func NewProjectService(db *bun.DB) ProjectService {
	return &projectService{db: db}
}

// Create is pkg/service/project.go:59 (POST /auth/v3/partner/{partner}/organization/{organization}/project,
// server/project.go CreateProject; also scripts/initialize): GetIdByNamePartnerOrg
// (:76, name only, not trashed) -> "already exists"; else dao.Create in a
// transaction (:98). Group/account relation inserts and the audit event
// are trimmed.
func (s *projectService) Create(ctx context.Context, project *systemv3.Project) (*systemv3.Project, error) {

	if project.Metadata.Organization == "" {
		return nil, fmt.Errorf("missing organization in metadata")
	}

	matched := prjNameRX.MatchString(project.Metadata.Name)
	if !matched {
		return nil, errors.New("project name contains invalid characters. Valid characters are alphanumeric and hyphen, except at the beginning or the end")
	}

	var org models.Organization
	_, err := dao.GetByName(ctx, s.db, project.Metadata.Organization, &org)
	if err != nil {
		return nil, err
	}

	p, _ := dao.GetIdByNamePartnerOrg(ctx, s.db, project.Metadata.Name, uuid.NullUUID{}, uuid.NullUUID{}, &models.Project{}) // race
	if p != nil {
		return nil, fmt.Errorf("project '%v' already exists", project.Metadata.Name)
	}

	//convert v3 spec to internal models
	proj := models.Project{
		Name:           project.Metadata.Name,
		Description:    project.Metadata.Description,
		CreatedAt:      time.Now(),
		ModifiedAt:     time.Now(),
		Trash:          false,
		OrganizationId: org.ID,
		PartnerId:      org.PartnerId,
		Default:        project.Spec.Default,
	}

	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{})
	if err != nil {
		return &systemv3.Project{}, err
	}

	entity, err := dao.Create(ctx, tx, &proj)
	if err != nil {
		tx.Rollback()
		return &systemv3.Project{}, err
	}

	//update v3 spec
	if createdProject, ok := entity.(*models.Project); ok {
		project.Metadata.Id = createdProject.ID.String()
		project.Spec = &systemv3.ProjectSpec{
			Default: createdProject.Default,
		}
	}
	err = tx.Commit()
	if err != nil {
		tx.Rollback()
	}

	return project, nil

}

// GetByName is pkg/service/project.go:175 (conversion trimmed).
func (s *projectService) GetByName(ctx context.Context, name string) (*systemv3.Project, error) {

	project := &systemv3.Project{
		Metadata: &systemv3.Metadata{
			Name: name,
		},
	}

	entity, err := dao.GetByName(ctx, s.db, name, &models.Project{})
	if err != nil {
		return &systemv3.Project{}, err
	}

	if proj, ok := entity.(*models.Project); ok {
		project.Metadata.Id = proj.ID.String()
		project.Spec = &systemv3.ProjectSpec{Default: proj.Default}
	}
	return project, nil
}

// Delete is pkg/service/project.go:310 (DELETE .../project/{name}; the
// active-cluster check and relation cleanup trimmed).
func (s *projectService) Delete(ctx context.Context, project *systemv3.Project) (*systemv3.Project, error) {
	entity, err := dao.GetByName(ctx, s.db, project.Metadata.Name, &models.Project{}) // safe: the lookup only guards a (soft) delete; a missing project is returned as an error
	if err != nil {
		return &systemv3.Project{}, err
	}
	if proj, ok := entity.(*models.Project); ok {

		tx, err := s.db.BeginTx(ctx, &sql.TxOptions{})
		if err != nil {
			return &systemv3.Project{}, err
		}

		err = dao.Delete(ctx, tx, proj.ID, &models.Project{})
		if err != nil {
			tx.Rollback()
			return &systemv3.Project{}, err
		}

		err = tx.Commit()
		if err != nil {
			tx.Rollback()
		}
	}

	return project, nil
}
