package repositories

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// Pool stands in for *pgxpool.Pool (the methods used).
type Pool interface {
	dbExecutor
	Begin(ctx context.Context) (pgx.Tx, error)
}

// NewRepositories reproduces pkg/repositories/registry.go:6.
func NewRepositories(pool Pool) *Repositories {
	return &Repositories{
		Pool:         pool,
		Files:        NewJetFileRepository(pool),
		Sessions:     NewJetSessionRepository(pool),
		Channels:     NewJetChannelRepository(pool),
		Users:        NewJetUserRepository(pool),
		PeriodicJobs: NewJetPeriodicJobRepository(pool),
	}
}

// WithTx reproduces pkg/repositories/registry.go:23: one pgx transaction
// (default isolation, READ COMMITTED) carried in the context.
func (r *Repositories) WithTx(ctx context.Context, fn func(ctx context.Context) error) error {
	if _, ok := txFromContext(ctx); ok {
		return fn(ctx)
	}

	tx, err := r.Pool.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)

	txCtx := contextWithTx(ctx, tx)
	if err := fn(txCtx); err != nil {
		return err
	}

	return tx.Commit(ctx)
}
