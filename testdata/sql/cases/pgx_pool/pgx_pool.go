// pgx v5 on a pool: QueryRow(ctx, ...).Scan, pgx.ErrNoRows, then Exec of
// the INSERT.
package pgx_pool

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Tag returns the id of the tag called name, creating it when missing.
func Tag(ctx context.Context, pool *pgxpool.Pool, name string) (int64, error) {
	var id int64
	err := pool.QueryRow(ctx, `SELECT id FROM tags WHERE name = $1`, name).Scan(&id)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		_, err := pool.Exec(ctx, `INSERT INTO tags (name) VALUES ($1)`, name)
		return 0, err
	case err != nil:
		return 0, err
	}
	return id, nil
}
