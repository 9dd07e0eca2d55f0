package repositories

import (
	"context"

	"github.com/jackc/pgx/v5"
)

type txContextKey struct{}

// contextWithTx reproduces pkg/repositories/tx.go:11.
func contextWithTx(ctx context.Context, tx pgx.Tx) context.Context {
	return context.WithValue(ctx, txContextKey{}, tx)
}

// txFromContext reproduces pkg/repositories/tx.go:15.
func txFromContext(ctx context.Context) (pgx.Tx, bool) {
	tx, ok := ctx.Value(txContextKey{}).(pgx.Tx)
	return tx, ok
}
