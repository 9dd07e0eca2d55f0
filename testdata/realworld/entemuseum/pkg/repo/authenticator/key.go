package authenticator

import (
	"context"
	"database/sql"
	"errors"

	"example.com/realworld/entemuseum/ente"
	model "example.com/realworld/entemuseum/ente/authenticator"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// GetKey is server/pkg/repo/authenticator/key.go:32 (sql.ErrNoRows ->
// ente.ErrNotFoundError).
func (r *Repository) GetKey(ctx context.Context, userID int64) (model.Key, error) {
	row := r.DB.QueryRowContext(ctx, `SELECT user_id, encrypted_key, header,
	 created_at from authenticator_key where user_id = $1`, userID)
	var result model.Key
	err := row.Scan(&result.UserID, &result.EncryptedKey, &result.Header, &result.CreatedAt)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return result, stacktrace.Propagate(&ente.ErrNotFoundError, "authKey is not present")
		}
		return result, stacktrace.Propagate(err, "failed to authKey")
	}
	return result, nil
}
