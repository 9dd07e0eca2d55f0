package storage // import "example.com/realworld/miniflux/internal/storage"

import (
	"database/sql"
	"errors"
	"fmt"

	"example.com/realworld/miniflux/internal/model"
)

// HasDuplicateFeverUsername checks if another user have the same Fever username.
// internal/storage/integration.go:16
func (s *Storage) HasDuplicateFeverUsername(userID int64, feverUsername string) bool {
	query := `SELECT true FROM integrations WHERE user_id != $1 AND fever_username=$2 LIMIT 1`
	var result bool
	s.db.QueryRow(query, userID, feverUsername).Scan(&result)
	return result
}

// Integration returns user integration settings.
// internal/storage/integration.go:110 (column list trimmed to user_id and the Fever ones).
func (s *Storage) Integration(userID int64) (*model.Integration, error) {
	query := `
		SELECT
			user_id,
			fever_enabled,
			fever_username,
			fever_token
		FROM
			integrations
		WHERE
			user_id=$1
	`
	var integration model.Integration
	err := s.db.QueryRow(query, userID).Scan(
		&integration.UserID,
		&integration.FeverEnabled,
		&integration.FeverUsername,
		&integration.FeverToken,
	)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return &integration, nil
	case err != nil:
		return &integration, fmt.Errorf(`store: unable to fetch integration row: %v`, err)
	default:
		return &integration, nil
	}
}

// UpdateIntegration saves user integration settings.
// internal/storage/integration.go:376 (SET list trimmed to the Fever columns).
func (s *Storage) UpdateIntegration(integration *model.Integration) error {
	query := `
		UPDATE
			integrations
		SET
			fever_enabled=$1,
			fever_username=$2,
			fever_token=$3
		WHERE
			user_id=$4
	`
	_, err := s.db.Exec(
		query,
		integration.FeverEnabled,
		integration.FeverUsername,
		integration.FeverToken,
		integration.UserID,
	)

	if err != nil {
		return fmt.Errorf(`store: unable to update integration record: %v`, err)
	}

	return nil
}
