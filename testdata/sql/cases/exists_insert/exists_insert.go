// SELECT EXISTS(...) into a bool, then the insert when false.
package exists_insert

import (
	"context"
	"database/sql"
)

// Star stars the repository for the user.
func Star(ctx context.Context, db *sql.DB, userID, repoID int64) error {
	var starred bool
	err := db.QueryRowContext(ctx, "SELECT EXISTS(SELECT 1 FROM stars WHERE user_id = $1 AND repo_id = $2)", userID, repoID).Scan(&starred)
	if err != nil {
		return err
	}
	if !starred {
		_, err = db.ExecContext(ctx, "INSERT INTO stars (user_id, repo_id) VALUES ($1, $2)", userID, repoID)
	}
	return err
}
