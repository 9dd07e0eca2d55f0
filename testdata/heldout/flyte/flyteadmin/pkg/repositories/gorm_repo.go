// Package repositories reproduces flyteadmin/pkg/repositories/gorm_repo.go.
package repositories

import (
	"gorm.io/gorm"

	"example.com/heldout/flyte/flyteadmin/pkg/repositories/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/gormimpl"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	schedulerGormImpl "example.com/heldout/flyte/flyteadmin/scheduler/repositories/gormimpl"
	schedulerInterfaces "example.com/heldout/flyte/flyteadmin/scheduler/repositories/interfaces"
)

type GormRepo struct {
	db                    *gorm.DB
	executionRepo         interfaces.ExecutionRepoInterface
	namedEntityRepo       interfaces.NamedEntityRepoInterface
	launchPlanRepo        interfaces.LaunchPlanRepoInterface
	projectRepo           interfaces.ProjectRepoInterface
	nodeExecutionRepo     interfaces.NodeExecutionRepoInterface
	taskRepo              interfaces.TaskRepoInterface
	taskExecutionRepo     interfaces.TaskExecutionRepoInterface
	workflowRepo          interfaces.WorkflowRepoInterface
	resourceRepo          interfaces.ResourceRepoInterface
	schedulableEntityRepo schedulerInterfaces.SchedulableEntityRepoInterface
	signalRepo            interfaces.SignalRepoInterface
}

func (r *GormRepo) ExecutionRepo() interfaces.ExecutionRepoInterface     { return r.executionRepo }
func (r *GormRepo) LaunchPlanRepo() interfaces.LaunchPlanRepoInterface   { return r.launchPlanRepo }
func (r *GormRepo) NamedEntityRepo() interfaces.NamedEntityRepoInterface { return r.namedEntityRepo }
func (r *GormRepo) ProjectRepo() interfaces.ProjectRepoInterface         { return r.projectRepo }
func (r *GormRepo) NodeExecutionRepo() interfaces.NodeExecutionRepoInterface {
	return r.nodeExecutionRepo
}
func (r *GormRepo) TaskRepo() interfaces.TaskRepoInterface { return r.taskRepo }
func (r *GormRepo) TaskExecutionRepo() interfaces.TaskExecutionRepoInterface {
	return r.taskExecutionRepo
}
func (r *GormRepo) WorkflowRepo() interfaces.WorkflowRepoInterface { return r.workflowRepo }
func (r *GormRepo) ResourceRepo() interfaces.ResourceRepoInterface { return r.resourceRepo }
func (r *GormRepo) SignalRepo() interfaces.SignalRepoInterface     { return r.signalRepo }
func (r *GormRepo) SchedulableEntityRepo() schedulerInterfaces.SchedulableEntityRepoInterface {
	return r.schedulableEntityRepo
}

func NewGormRepo(db *gorm.DB, errorTransformer errors.ErrorTransformer) interfaces.Repository {
	return &GormRepo{
		db:                    db,
		executionRepo:         gormimpl.NewExecutionRepo(db, errorTransformer),
		launchPlanRepo:        gormimpl.NewLaunchPlanRepo(db, errorTransformer),
		namedEntityRepo:       gormimpl.NewNamedEntityRepo(db, errorTransformer),
		nodeExecutionRepo:     gormimpl.NewNodeExecutionRepo(db, errorTransformer),
		projectRepo:           gormimpl.NewProjectRepo(db, errorTransformer),
		taskRepo:              gormimpl.NewTaskRepo(db, errorTransformer),
		taskExecutionRepo:     gormimpl.NewTaskExecutionRepo(db, errorTransformer),
		workflowRepo:          gormimpl.NewWorkflowRepo(db, errorTransformer),
		resourceRepo:          gormimpl.NewResourceRepo(db, errorTransformer),
		schedulableEntityRepo: schedulerGormImpl.NewSchedulableEntityRepo(db, errorTransformer),
		signalRepo:            gormimpl.NewSignalRepo(db, errorTransformer),
	}
}
