// A getter that returns the id of the row, 0 when there is none, and a
// caller that tests the id (miniflux's getEntryIDByHash and
// InsertEntryForFeed). A caller that only reads the id, never creating,
// is no site.
package scalar_id

import (
	"database/sql"
	"errors"
	"fmt"
)

const schema = `
CREATE TABLE feed_entries (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	feed_id BIGINT NOT NULL,
	hash VARCHAR(64) NOT NULL,
	title TEXT,
	UNIQUE (feed_id, hash)
);
`

type Storage struct{ db *sql.DB }

// entryIDByHash returns the entry's id, or 0.
func (s *Storage) entryIDByHash(feedID int64, hash string) (int64, error) {
	var id int64
	err := s.db.QueryRow(`SELECT id FROM feed_entries WHERE feed_id=? AND hash=? LIMIT 1`, feedID, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: unable to fetch entry id: %w", err)
	}
	return id, nil
}

// InsertEntry stores the entry unless the feed has it; it reports
// whether it was new.
func (s *Storage) InsertEntry(feedID int64, hash, title string) (bool, error) {
	entryID, err := s.entryIDByHash(feedID, hash)
	if err != nil {
		return false, err
	}
	alreadyExisting := entryID > 0
	if !alreadyExisting {
		if _, err := s.db.Exec(`INSERT INTO feed_entries (feed_id, hash, title) VALUES (?, ?, ?)`, feedID, hash, title); err != nil {
			return false, err
		}
	}
	return !alreadyExisting, nil
}

// Known reports whether the feed has the entry.
func (s *Storage) Known(feedID int64, hash string) (bool, error) {
	id, err := s.entryIDByHash(feedID, hash)
	return id != 0, err
}
