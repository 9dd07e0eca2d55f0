package authenticator

import (
	"context"
	"database/sql"
	"errors"

	"example.com/realworld/entemuseum/ente"
	model "example.com/realworld/entemuseum/ente/authenticator"
	"example.com/realworld/entemuseum/third_party/stacktrace"
	"example.com/realworld/entemuseum/third_party/uuid"
)

// Create inserts a new  entry
// server/pkg/repo/authenticator/entity.go:16 (INSERT :18, id = uuid.New()).
func (r *Repository) Create(ctx context.Context, userID int64, entry model.CreateEntityRequest) (uuid.UUID, error) {
	id := uuid.New()
	err := r.DB.QueryRow(`INSERT into authenticator_entity(
                         id,
                         user_id,
                         encrypted_data,
                         header) VALUES ($1,$2,$3,$4) RETURNING id`,
		id,                  //$1 id
		userID,              // $2 user_id
		entry.EncryptedData, // $3 encrypted_data
		entry.Header).       // $4 header
		Scan(&id)
	if err != nil {
		return id, stacktrace.Propagate(err, "Failed to createTotpEntry")
	}
	return id, nil
}

// Get is server/pkg/repo/authenticator/entity.go:34.
func (r *Repository) Get(ctx context.Context, userID int64, id uuid.UUID) (model.Entity, error) {
	res := model.Entity{}
	row := r.DB.QueryRowContext(ctx, `SELECT
	id, user_id, encrypted_data, header, is_deleted, created_at, updated_at
	FROM authenticator_entity
	WHERE  id = $1 AND
	user_id = $2`,
		id,     // $1
		userID, // %2     // $3
	)
	err := row.Scan(&res.ID, &res.UserID, &res.EncryptedData, &res.Header, &res.IsDeleted, &res.CreatedAt, &res.UpdatedAt)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return model.Entity{}, &ente.ErrNotFoundError
		}
		return model.Entity{}, stacktrace.Propagate(err, "failed to auth entity with id=%s", id)
	}
	return res, nil
}
