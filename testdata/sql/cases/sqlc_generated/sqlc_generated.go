// sqlc: the generated GetAuthorByHandle and CreateAuthor run the lookup
// and the insert; the fix is written in the caller, never in the
// generated code.
package sqlc_generated

import (
	"context"
	"database/sql"
	"errors"

	"example.com/sqlcases/cases/sqlc_generated/db"
)

// Author returns the author with handle, creating them when new.
func Author(ctx context.Context, q *db.Queries, handle string) (db.Author, error) {
	a, err := q.GetAuthorByHandle(ctx, handle)
	if errors.Is(err, sql.ErrNoRows) {
		return q.CreateAuthor(ctx, db.CreateAuthorParams{Handle: handle, Bio: ""})
	}
	return a, err
}
