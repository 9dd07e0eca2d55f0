package storage // import "example.com/realworld/miniflux/internal/storage"

import (
	"database/sql"
	"errors"
	"fmt"

	"example.com/realworld/miniflux/internal/model"
)

// CreateWebSession persists a new web session built via model.NewWebSession.
// internal/storage/web_session.go:16
func (s *Storage) CreateWebSession(session *model.WebSession) error {
	if session == nil {
		return errors.New(`store: web session is nil`)
	}

	query := `
		INSERT INTO web_sessions (
			id,
			secret_hash,
			user_agent,
			ip,
			state
		)
		VALUES ($1, $2, $3, $4, $5)
		RETURNING created_at
	`

	err := s.db.QueryRow(
		query,
		session.ID,
		session.SecretHash,
		session.UserAgent,
		sql.NullString{String: session.IP, Valid: session.IP != ""},
		`{}`,
	).Scan(&session.CreatedAt)
	if err != nil {
		return fmt.Errorf(`store: unable to create web session: %v`, err)
	}

	return nil
}

// WebSessionByID returns the web session identified by id, or nil if not found.
// internal/storage/web_session.go:97 (scanWebSession reduced).
func (s *Storage) WebSessionByID(sessionID string) (*model.WebSession, error) {
	if sessionID == "" {
		return nil, nil
	}

	row := s.db.QueryRow(`
		SELECT
			id,
			secret_hash,
			user_id,
			created_at,
			user_agent
		FROM
			web_sessions
		WHERE
			id=$1
	`, sessionID)

	var session model.WebSession
	err := row.Scan(&session.ID, &session.SecretHash, &session.UserID, &session.CreatedAt, &session.UserAgent)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf(`store: unable to fetch web session: %v`, err)
	}

	return &session, nil
}

// UpdateWebSession persists the session state.
// internal/storage/web_session.go:174 (state column trimmed).
func (s *Storage) UpdateWebSession(session *model.WebSession) error {
	_, err := s.db.Exec(`
		UPDATE
			web_sessions
		SET
			user_id=$1
		WHERE
			id=$2
	`, session.UserID, session.ID)
	if err != nil {
		return fmt.Errorf(`store: unable to update web session: %v`, err)
	}
	return nil
}
