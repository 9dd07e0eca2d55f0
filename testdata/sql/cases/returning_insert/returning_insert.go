// The insert is a QueryRow of INSERT ... RETURNING id, scanned into the
// id the function returns; the SQL is in constants.
package returning_insert

import (
	"context"
	"database/sql"
	"errors"
)

const (
	findOrg   = `SELECT id FROM orgs WHERE slug = $1`
	createOrg = `INSERT INTO orgs (slug, name) VALUES ($1, $2) RETURNING id`
)

// OrgID returns the id of the organization slug, creating it if needed.
func OrgID(ctx context.Context, db *sql.DB, slug, name string) (int64, error) {
	var id int64
	err := db.QueryRowContext(ctx, findOrg, slug).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		err = db.QueryRowContext(ctx, createOrg, slug, name).Scan(&id)
	}
	return id, err
}
