// pgx v5 in a transaction (pgx.Tx): the savepoint is taken with the
// transaction's Exec, which takes the insert's context.
package pgx_tx

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
)

// Follow records that follower follows followee.
func Follow(ctx context.Context, conn *pgx.Conn, follower, followee int64) error {
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	var since time.Time
	err = tx.QueryRow(ctx, "SELECT created_at FROM follows WHERE follower = $1 AND followee = $2", follower, followee).Scan(&since)
	if errors.Is(err, pgx.ErrNoRows) {
		if _, err = tx.Exec(ctx, "INSERT INTO follows (follower, followee) VALUES ($1, $2)", follower, followee); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	return tx.Commit(ctx)
}
