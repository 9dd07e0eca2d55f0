package sqlchelpers

import (
	"context"
	"time"

	"example.com/realworld/hatchet/third_party/pgxpool"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"example.com/realworld/hatchet/third_party/zerolog"
)

// PrepareTx is pkg/repository/sqlchelpers/tx.go:15 (timing logs trimmed):
// a plain pool.Begin, so the transaction runs at the server default
// (READ COMMITTED).
func PrepareTx(ctx context.Context, pool *pgxpool.Pool, l *zerolog.Logger) (pgx.Tx, func(context.Context) error, func(), error) {
	tx, err := pool.Begin(ctx)

	if err != nil {
		return nil, nil, nil, err
	}

	rollback := func() {
		DeferRollback(ctx, l, tx.Rollback)
	}

	return tx, tx.Commit, rollback, nil
}

// PrepareTxWithStatementTimeout is pkg/repository/sqlchelpers/tx.go:47
// (statement-timeout SETs trimmed).
func PrepareTxWithStatementTimeout(ctx context.Context, pool *pgxpool.Pool, l *zerolog.Logger, timeoutMs int, opts ...pgx.TxOptions) (pgx.Tx, func(context.Context) error, func(), error) {
	txOpts := pgx.TxOptions{}
	if len(opts) > 0 {
		txOpts = opts[0]
	}

	tx, err := pool.BeginTx(ctx, txOpts)

	if err != nil {
		return nil, nil, nil, err
	}

	rollback := func() {
		DeferRollback(ctx, l, tx.Rollback)
	}

	return tx, tx.Commit, rollback, nil
}

// DeferRollback rolls back a transaction and logs errors other than
// pgx.ErrTxClosed.
func DeferRollback(ctx context.Context, l *zerolog.Logger, rollback func(context.Context) error) {
	if err := rollback(ctx); err != nil && err != pgx.ErrTxClosed {
		l.Error().Err(err).Msg("failed to rollback transaction")
	}
}

// BoolFromBoolean is pkg/repository/sqlchelpers/bool.go:5.
func BoolFromBoolean(v bool) pgtype.Bool {
	return pgtype.Bool{Bool: v, Valid: true}
}

// TextFromStr is pkg/repository/sqlchelpers/text.go:13.
func TextFromStr(str string) pgtype.Text {
	return pgtype.Text{String: str, Valid: true}
}

// TimestampFromTime is pkg/repository/sqlchelpers/timestamp.go:9.
func TimestampFromTime(t time.Time) pgtype.Timestamp {
	return pgtype.Timestamp{Time: t, Valid: true}
}
