// Near-miss: the insert is into another table than the lookup's.
package other_table

import (
	"database/sql"
	"errors"
)

// Request files an access request for a user who has no access yet.
func Request(db *sql.DB, userID int64) error {
	var level int
	err := db.QueryRow("SELECT level FROM access WHERE user_id = $1", userID).Scan(&level)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.Exec("INSERT INTO access_requests (user_id) VALUES ($1)", userID)
	}
	return err
}
