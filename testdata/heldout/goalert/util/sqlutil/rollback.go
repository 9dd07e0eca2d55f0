package sqlutil

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"example.com/heldout/goalert/util/log"
)

// Rollback reproduces util/sqlutil/rollback.go:18.
func Rollback(ctx context.Context, errMsg string, tx *sql.Tx) {
	err := tx.Rollback()
	switch {
	case err == nil:
	case errors.Is(err, sql.ErrTxDone):
	case errors.Is(err, sql.ErrConnDone):
	default:
		log.Log(ctx, fmt.Errorf("%s: tx rollback: %w", errMsg, err))
	}
}

type Tx interface {
	Rollback(ctx context.Context) error
}

// RollbackContext reproduces util/sqlutil/rollback.go (pgx.Tx variant).
func RollbackContext(ctx context.Context, errMsg string, tx Tx) {
	err := tx.Rollback(ctx)
	switch {
	case err == nil:
	case errors.Is(err, context.Canceled):
	case errors.Is(err, pgx.ErrTxClosed):
	default:
		log.Log(ctx, fmt.Errorf("%s: tx rollback: %w", errMsg, err))
	}
}
