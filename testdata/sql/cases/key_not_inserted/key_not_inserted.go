// The insert does not set the looked-up column, so it cannot conflict on
// it: reported, not fixed.
package key_not_inserted

import (
	"database/sql"
	"errors"
)

// Invite creates an invitation when the code is unused.
func Invite(db *sql.DB, code, email string) error {
	var id int
	err := db.QueryRow("SELECT id FROM invites WHERE code = $1", code).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.Exec("INSERT INTO invites (email) VALUES ($1)", email)
	}
	return err
}
