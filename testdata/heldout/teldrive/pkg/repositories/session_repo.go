package repositories

import (
	"context"
	"time"

	"github.com/google/uuid"

	"example.com/heldout/teldrive/internal/database/jet/gen/model"
)

// JetSessionRepository reproduces pkg/repositories/session_repo.go:17.
type JetSessionRepository struct {
	db jetDB
}

// NewJetSessionRepository reproduces pkg/repositories/session_repo.go:21.
func NewJetSessionRepository(pool Pool) *JetSessionRepository {
	return &JetSessionRepository{db: newJetDB(pool)}
}

// Create reproduces pkg/repositories/session_repo.go:25 (plain INSERT, id is a fresh UUID).
func (r *JetSessionRepository) Create(ctx context.Context, session *model.Sessions) error {
	if session.CreatedAt.IsZero() {
		session.CreatedAt = time.Now().UTC()
	}
	if session.UpdatedAt.IsZero() {
		session.UpdatedAt = time.Now().UTC()
	}
	if session.ID == uuid.Nil {
		session.ID = uuid.New()
	}

	const stmt = `INSERT INTO teldrive.sessions (user_id, created_at, session_date, id, tg_session, refresh_token_hash, updated_at, revoked_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8);`
	err := r.db.exec(ctx, stmt, session.UserID, session.CreatedAt, session.SessionDate, session.ID, session.TgSession,
		session.RefreshTokenHash, session.UpdatedAt, session.RevokedAt)

	return err
}
