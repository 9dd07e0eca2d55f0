// pgx with the lookup's value from a struct field, and the insert's from
// the same field: the values match.
package pgx_named_param

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

type Session struct {
	Token  string
	UserID int64
}

// Resume returns the session's user, storing the session when new.
func Resume(ctx context.Context, db *pgxpool.Pool, s Session) (int64, error) {
	var uid int64
	err := db.QueryRow(ctx, "SELECT user_id FROM sessions WHERE token = $1", s.Token).Scan(&uid)
	if err == pgx.ErrNoRows {
		if _, err := db.Exec(ctx, "INSERT INTO sessions (token, user_id) VALUES ($1, $2)", s.Token, s.UserID); err != nil {
			return 0, err
		}
		return s.UserID, nil
	}
	return uid, err
}
