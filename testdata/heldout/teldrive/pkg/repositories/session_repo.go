package repositories

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"

	"example.com/heldout/teldrive/internal/database/jet/gen/model"
	"example.com/heldout/teldrive/third_party/jet/qrm"
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

const sessionColumns = `sessions.user_id AS "sessions.user_id", sessions.created_at AS "sessions.created_at",
     sessions.session_date AS "sessions.session_date", sessions.id AS "sessions.id", sessions.tg_session AS "sessions.tg_session",
     sessions.refresh_token_hash AS "sessions.refresh_token_hash", sessions.updated_at AS "sessions.updated_at",
     sessions.revoked_at AS "sessions.revoked_at"`

// GetByRefreshTokenHash reproduces pkg/repositories/session_repo.go:59.
func (r *JetSessionRepository) GetByRefreshTokenHash(ctx context.Context, refreshTokenHash string) (*model.Sessions, error) {
	const stmt = `SELECT ` + sessionColumns + `
FROM teldrive.sessions
WHERE (sessions.refresh_token_hash = $1) AND sessions.revoked_at IS NULL;`

	var out model.Sessions
	if err := r.db.query(ctx, stmt, []any{refreshTokenHash}, &out.UserID, &out.CreatedAt, &out.SessionDate, &out.ID,
		&out.TgSession, &out.RefreshTokenHash, &out.UpdatedAt, &out.RevokedAt); err != nil {
		if errors.Is(err, qrm.ErrNoRows) {
			return nil, ErrNotFound
		}

		return nil, err
	}

	return &out, nil
}

// UpdateRefreshTokenHash reproduces pkg/repositories/session_repo.go:91.
func (r *JetSessionRepository) UpdateRefreshTokenHash(ctx context.Context, id uuid.UUID, refreshTokenHash string) error {
	now := time.Now().UTC()
	const stmt = `UPDATE teldrive.sessions
SET (refresh_token_hash, updated_at) = ($1, $2::timestamp without time zone)
WHERE (sessions.id = $3) AND sessions.revoked_at IS NULL;`
	err := r.db.exec(ctx, stmt, refreshTokenHash, now, id)

	return err
}
