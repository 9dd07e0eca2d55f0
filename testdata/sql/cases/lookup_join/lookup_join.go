// A lookup that joins tables: its key is not one table's.
package lookup_join

import (
	"database/sql"
	"errors"
)

// Member adds the user to the org by name.
func Member(db *sql.DB, org string, userID int64) error {
	var id int64
	err := db.QueryRow("SELECT m.id FROM members m JOIN orgs o ON o.id = m.org_id WHERE o.name = $1 AND m.user_id = $2", org, userID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.Exec("INSERT INTO members (org_id, user_id) SELECT id, $2 FROM orgs WHERE name = $1", org, userID)
	}
	return err
}
