package repository

import (
	"context"
	"errors"

	"example.com/realworld/hatchet/third_party/pgxpool"
	"github.com/jackc/pgx/v5"

	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/pkg/validator"
	"example.com/realworld/hatchet/third_party/uuid"
	"example.com/realworld/hatchet/third_party/zerolog"
)

// sharedRepository is pkg/repository/shared.go:30 (caches and the other
// fields dropped).
type sharedRepository struct {
	pool    *pgxpool.Pool
	v       validator.Validator
	l       *zerolog.Logger
	queries *sqlcv1.Queries
}

// isDagOperatorEnabled is pkg/repository/shared.go:130.
func (s *sharedRepository) isDagOperatorEnabled(ctx context.Context, db sqlcv1.DBTX, tenantId uuid.UUID) (bool, error) {
	// fixme: can probably cache this?
	entitlement, err := s.queries.GetTenantEntitlement(ctx, db, tenantId)

	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return false, nil
		}

		return false, err
	}

	return entitlement.DagOperator, nil
}

// hasDAGOperator is pkg/repository/shared.go:145.
func (s *sharedRepository) hasDAGOperator(ctx context.Context, tenantId uuid.UUID) (bool, error) {
	enabled, err := s.isDagOperatorEnabled(ctx, s.pool, tenantId)

	if err != nil {
		return false, err
	}

	if !enabled {
		return false, nil
	}

	return s.queries.TenantHasDAGOperator(ctx, s.pool, tenantId)
}
