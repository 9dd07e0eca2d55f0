package repositories

import (
	"context"
	"errors"
	"time"

	"example.com/heldout/teldrive/internal/database/jet/gen/model"
	"example.com/heldout/teldrive/third_party/jet/qrm"
)

// JetUserRepository reproduces pkg/repositories/user_repo.go:16.
type JetUserRepository struct {
	db jetDB
}

// NewJetUserRepository reproduces pkg/repositories/user_repo.go:20.
func NewJetUserRepository(pool Pool) *JetUserRepository {
	return &JetUserRepository{db: newJetDB(pool)}
}

// Create reproduces pkg/repositories/user_repo.go:24:
// table.Users.INSERT(table.Users.AllColumns).MODEL(*user).ON_CONFLICT(table.Users.UserID).DO_NOTHING().
func (r *JetUserRepository) Create(ctx context.Context, user *model.Users) error {
	now := time.Now().UTC()
	if user.CreatedAt.IsZero() {
		user.CreatedAt = now
	}
	if user.UpdatedAt.IsZero() {
		user.UpdatedAt = now
	}

	const stmt = `INSERT INTO teldrive.users (user_id, name, user_name, is_premium, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (user_id) DO NOTHING;`

	err := r.db.exec(ctx, stmt, user.UserID, user.Name, user.UserName, user.IsPremium, user.CreatedAt, user.UpdatedAt)

	return err
}

// GetByID reproduces pkg/repositories/user_repo.go:44.
func (r *JetUserRepository) GetByID(ctx context.Context, userID int64) (*model.Users, error) {
	const stmt = `SELECT users.user_id AS "users.user_id", users.name AS "users.name", users.user_name AS "users.user_name",
     users.is_premium AS "users.is_premium", users.created_at AS "users.created_at", users.updated_at AS "users.updated_at"
FROM teldrive.users
WHERE users.user_id = $1;`

	var out model.Users
	if err := r.db.query(ctx, stmt, []any{userID}, &out.UserID, &out.Name, &out.UserName, &out.IsPremium, &out.CreatedAt, &out.UpdatedAt); err != nil {
		if errors.Is(err, qrm.ErrNoRows) {
			return nil, ErrNotFound
		}

		return nil, err
	}

	return &out, nil
}
