// A lookup by one key or another: no one key to conflict on.
package or_condition

import (
	"database/sql"
	"errors"
)

// Account finds the account by email or login, creating it when neither
// matches.
func Account(db *sql.DB, email, login string) error {
	var id int
	err := db.QueryRow("SELECT id FROM accounts WHERE email = $1 OR login = $2", email, login).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.Exec("INSERT INTO accounts (email, login) VALUES ($1, $2)", email, login)
	}
	return err
}
