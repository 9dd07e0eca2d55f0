package repository

import (
	"example.com/realworld/hatchet/third_party/pgxpool"

	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/pkg/validator"
	"example.com/realworld/hatchet/third_party/zerolog"
)

// Repository is pkg/repository/repository.go:21, reduced to the
// sub-repositories the reproduced sites use.
type Repository interface {
	Workers() WorkerRepository
	Workflows() WorkflowRepository
	Operators() OperatorRepository
	TenantInvite() TenantInviteRepository
	TenantLimit() TenantLimitRepository
	Tenant() TenantRepository
	User() UserRepository
	UserSession() UserSessionRepository
}

type repositoryImpl struct {
	workers      WorkerRepository
	workflows    WorkflowRepository
	operators    OperatorRepository
	tenantInvite TenantInviteRepository
	tenantLimit  TenantLimitRepository
	tenant       TenantRepository
	user         UserRepository
	userSession  UserSessionRepository
}

// NewRepository wires the reduced repositories onto one pool.
func NewRepository(pool *pgxpool.Pool, l *zerolog.Logger, v validator.Validator) Repository {
	shared := &sharedRepository{pool: pool, v: v, l: l, queries: sqlcv1.New()}

	return &repositoryImpl{
		workers:      newWorkerRepository(shared),
		workflows:    newWorkflowRepository(shared),
		operators:    newOperatorRepository(shared),
		tenantInvite: newTenantInviteRepository(shared),
		tenantLimit:  newTenantLimitRepository(shared, true),
		tenant:       newTenantRepository(shared),
		user:         newUserRepository(shared),
		userSession:  newUserSessionRepository(shared),
	}
}

func (r *repositoryImpl) Workers() WorkerRepository            { return r.workers }
func (r *repositoryImpl) Workflows() WorkflowRepository        { return r.workflows }
func (r *repositoryImpl) Operators() OperatorRepository        { return r.operators }
func (r *repositoryImpl) TenantInvite() TenantInviteRepository { return r.tenantInvite }
func (r *repositoryImpl) TenantLimit() TenantLimitRepository   { return r.tenantLimit }
func (r *repositoryImpl) Tenant() TenantRepository             { return r.tenant }
func (r *repositoryImpl) User() UserRepository                 { return r.user }
func (r *repositoryImpl) UserSession() UserSessionRepository   { return r.userSession }
