// A write on the not-found path before the insert: the caller that loses
// the race would do it again, so there is no fix.
package effect_before_insert

import (
	"database/sql"
	"errors"
)

// Open opens the user's wallet, logging the opening first.
func Open(db *sql.DB, userID int64) error {
	var balance int64
	err := db.QueryRow("SELECT balance FROM wallets WHERE user_id = $1", userID).Scan(&balance)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := db.Exec("UPDATE users SET wallets_opened = wallets_opened + 1 WHERE id = $1", userID); err != nil {
			return err
		}
		_, err = db.Exec("INSERT INTO wallets (user_id, balance) VALUES ($1, 0)", userID)
		return err
	}
	return err
}
