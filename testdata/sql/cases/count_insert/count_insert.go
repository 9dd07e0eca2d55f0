// A COUNT, then the insert when it is zero.
package count_insert

import (
	"context"
	"database/sql"
)

// Subscribe subscribes email to the list.
func Subscribe(ctx context.Context, db *sql.DB, listID int64, email string) error {
	var n int
	if err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM subscriptions WHERE list_id = $1 AND email = $2", listID, email).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil // already subscribed
	}
	_, err := db.ExecContext(ctx, "INSERT INTO subscriptions (list_id, email) VALUES ($1, $2)", listID, email)
	return err
}
