// database/sql: QueryRowContext ... Scan, then ExecContext of an INSERT
// when sql.ErrNoRows. The key (email) is unique in schema.sql beside it.
package query_row_exec

import (
	"context"
	"database/sql"
	"errors"
)

// EnsureUser returns the id of the user with email, creating the user
// when there is none.
func EnsureUser(ctx context.Context, db *sql.DB, email, name string) (int64, error) {
	var id int64
	err := db.QueryRowContext(ctx, "SELECT id FROM users WHERE email = $1", email).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		// not there yet
		_, err = db.ExecContext(ctx, "INSERT INTO users (email, name) VALUES ($1, $2)", email, name)
		return 0, err
	}
	if err != nil {
		return 0, err
	}
	return id, nil
}
