// database/sql in a transaction: the insert runs inside a savepoint, so
// that a unique violation leaves the transaction usable and the lookup
// can run again (PostgreSQL aborts the transaction otherwise).
package tx_savepoint

import (
	"context"
	"database/sql"
	"errors"
)

// Join adds the user to the team, in one transaction with the audit row.
func Join(ctx context.Context, db *sql.DB, teamID, userID int64) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var role string
	err = tx.QueryRowContext(ctx, "SELECT role FROM members WHERE team_id = $1 AND user_id = $2", teamID, userID).Scan(&role)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := tx.ExecContext(ctx, "INSERT INTO members (team_id, user_id, role) VALUES ($1, $2, 'member')", teamID, userID); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	return tx.Commit()
}
