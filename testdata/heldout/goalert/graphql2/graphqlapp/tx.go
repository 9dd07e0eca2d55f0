package graphqlapp

import (
	"context"
	"database/sql"

	"example.com/heldout/goalert/util/sqlutil"
)

// withContextTx reproduces graphql2/graphqlapp/tx.go:19 (error mapping
// trimmed): a plain read-committed transaction, no retry.
func withContextTx(ctx context.Context, db *sql.DB, fn func(context.Context, *sql.Tx) error) error {
	type ctxTx int
	const txKey = ctxTx(0)

	run := func() error {
		if tx, ok := ctx.Value(txKey).(*sql.Tx); ok {
			return fn(ctx, tx)
		}

		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer sqlutil.Rollback(ctx, "graphql: context tx", tx)

		err = fn(context.WithValue(ctx, txKey, tx), tx)
		if err != nil {
			return err
		}

		return tx.Commit()
	}

	return run()
}
