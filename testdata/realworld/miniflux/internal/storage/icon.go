package storage // import "example.com/realworld/miniflux/internal/storage"

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"example.com/realworld/miniflux/internal/crypto"
	"example.com/realworld/miniflux/internal/model"
)

// StoreFeedIcon creates or reuses an icon by hash and associates it with the given feed atomically.
// internal/storage/icon.go:109 (lookup :115, INSERT INTO icons :117-131).
func (s *Storage) StoreFeedIcon(feedID int64, icon *model.Icon) error {
	tx, err := s.db.Begin()
	if err != nil {
		return fmt.Errorf(`store: unable to start transaction: %v`, err)
	}

	err = tx.QueryRow(`SELECT id FROM icons WHERE hash=$1`, icon.Hash).Scan(&icon.ID) // race
	if errors.Is(err, sql.ErrNoRows) {
		query := `
			INSERT INTO icons
				(hash, mime_type, content, external_id)
			VALUES
				($1, $2, $3, $4)
			RETURNING
				id
		`
		err := tx.QueryRow(
			query,
			icon.Hash,
			normalizeMimeType(icon.MimeType),
			icon.Content,
			crypto.GenerateRandomStringHex(20),
		).Scan(&icon.ID)
		if err != nil {
			tx.Rollback()
			return fmt.Errorf(`store: unable to create icon: %v`, err)
		}
	} else if err != nil {
		tx.Rollback()
		return fmt.Errorf(`store: unable to fetch icon by hash %q: %v`, icon.Hash, err)
	}

	if _, err := tx.Exec(`DELETE FROM feed_icons WHERE feed_id=$1`, feedID); err != nil {
		tx.Rollback()
		return fmt.Errorf(`store: unable to delete feed icon: %v`, err)
	}

	if _, err := tx.Exec(`INSERT INTO feed_icons (feed_id, icon_id) VALUES ($1, $2)`, feedID, icon.ID); err != nil {
		tx.Rollback()
		return fmt.Errorf(`store: unable to associate feed and icon: %v`, err)
	}

	if err := tx.Commit(); err != nil {
		return fmt.Errorf(`store: unable to commit transaction: %v`, err)
	}

	return nil
}

// normalizeMimeType is internal/storage/icon.go:211.
func normalizeMimeType(mimeType string) string {
	mimeType = strings.ToLower(mimeType)
	switch mimeType {
	case "image/png", "image/jpeg", "image/jpg", "image/webp", "image/svg+xml", "image/x-icon", "image/gif":
		return mimeType
	default:
		return "image/x-icon"
	}
}
