package repository

import (
	"context"

	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/uuid"
)

// OperatorRepository is pkg/repository/operator.go (reduced).
type OperatorRepository interface {
	CreateOperator(ctx context.Context, tenantId uuid.UUID, opts CreateOperatorOpts) (*sqlcv1.V1Operator, error)

	// HasDAGOperator reports whether any DAG operator is registered for the given tenant.
	HasDAGOperator(ctx context.Context, tenantId uuid.UUID) (bool, error)
}

type operatorRepository struct {
	*sharedRepository
}

func newOperatorRepository(shared *sharedRepository) OperatorRepository {
	return &operatorRepository{
		sharedRepository: shared,
	}
}

// CreateOperatorOpts is pkg/repository/operator.go:54.
type CreateOperatorOpts struct {
	Name   string                `json:"name" validate:"required"`
	Kind   sqlcv1.V1OperatorKind `json:"kind" validate:"required"`
	Config []byte                `json:"config" validate:"required"`
}

// CreateOperator is pkg/repository/operator.go:60.
func (r *operatorRepository) CreateOperator(ctx context.Context, tenantId uuid.UUID, opts CreateOperatorOpts) (*sqlcv1.V1Operator, error) {
	if err := r.v.Validate(opts); err != nil {
		return nil, err
	}

	return r.queries.CreateOperator(ctx, r.pool, sqlcv1.CreateOperatorParams{
		Tenantid: tenantId,
		Name:     opts.Name,
		Kind:     opts.Kind,
		Config:   opts.Config,
	})
}

// HasDAGOperator is pkg/repository/operator.go:163.
func (r *operatorRepository) HasDAGOperator(ctx context.Context, tenantId uuid.UUID) (bool, error) {
	return r.sharedRepository.hasDAGOperator(ctx, tenantId)
}
