package gormimpl

import (
	"context"
	"errors"

	"gorm.io/gorm"

	flyteAdminErrors "example.com/heldout/flyte/flyteadmin/pkg/errors"
	flyteAdminDbErrors "example.com/heldout/flyte/flyteadmin/pkg/repositories/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

type ProjectRepo struct {
	db               *gorm.DB
	errorTransformer flyteAdminDbErrors.ErrorTransformer
}

// project_repo.go:24
func (r *ProjectRepo) Create(ctx context.Context, project models.Project) error {
	tx := r.db.WithContext(ctx).Omit("id").Create(&project)
	if tx.Error != nil {
		return r.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return nil
}

// project_repo.go:34
func (r *ProjectRepo) Get(ctx context.Context, projectID string) (models.Project, error) {
	var project models.Project
	tx := r.db.WithContext(ctx).Where(&models.Project{
		Identifier: projectID,
	}).Take(&project)
	if errors.Is(tx.Error, gorm.ErrRecordNotFound) {
		return models.Project{}, flyteAdminErrors.NewFlyteAdminErrorf(codes.NotFound, "project [%s] not found", projectID)
	}

	if tx.Error != nil {
		return models.Project{}, r.errorTransformer.ToFlyteAdminError(tx.Error)
	}

	return project, nil
}

func NewProjectRepo(db *gorm.DB, errorTransformer flyteAdminDbErrors.ErrorTransformer) interfaces.ProjectRepoInterface {
	return &ProjectRepo{
		db:               db,
		errorTransformer: errorTransformer,
	}
}
