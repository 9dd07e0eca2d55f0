package bundb

import (
	"context"
	"database/sql"

	"github.com/uptrace/bun"
)

// exists checks the results of a SelectQuery for the existence of the data in question, masking ErrNoEntries errors.
// (internal/db/bundb/util.go:133)
func exists(ctx context.Context, query *bun.SelectQuery) (bool, error) {
	exists, err := query.Exists(ctx)
	switch err {
	case nil:
		return exists, nil
	case sql.ErrNoRows:
		return false, nil
	default:
		return false, err
	}
}

// notExists checks the results of a SelectQuery for the non-existence of the data in question, masking ErrNoEntries errors.
// (internal/db/bundb/util.go:146)
func notExists(ctx context.Context, query *bun.SelectQuery) (bool, error) {
	exists, err := exists(ctx, query)
	return !exists, err
}
