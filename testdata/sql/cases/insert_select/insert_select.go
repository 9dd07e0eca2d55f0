// An insert that copies its values with INSERT ... SELECT and skips rows
// tombstoned in another table, behind an existence helper that scans
// SELECT true into a bool and returns it on failure too (miniflux's
// entryExists and createEntry). The NOT EXISTS reads another table, so
// the insert is no check of its own key: a race. An INSERT ... SELECT
// ... WHERE NOT EXISTS of its own table is one statement: no finding.
package insert_select

import (
	"database/sql"
	"errors"
	"fmt"
)

const schema = `
CREATE TABLE entries (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	feed_id BIGINT NOT NULL,
	hash VARCHAR(64) NOT NULL,
	title TEXT,
	UNIQUE (feed_id, hash)
);
CREATE TABLE entry_tombstones (
	feed_id BIGINT NOT NULL,
	hash VARCHAR(64) NOT NULL
);
`

// ErrEntryTombstoned says the entry was deleted for good.
var ErrEntryTombstoned = errors.New("store: entry is tombstoned")

type Entry struct {
	FeedID int64
	Hash   string
	Title  string
}

type Storage struct{ db *sql.DB }

// entryExists reports whether the feed has the entry.
func (s *Storage) entryExists(tx *sql.Tx, entry *Entry) (bool, error) {
	var result bool
	err := tx.QueryRow(`SELECT true FROM entries WHERE feed_id=$1 AND hash=$2 LIMIT 1`, entry.FeedID, entry.Hash).Scan(&result)
	if err != nil && err != sql.ErrNoRows {
		return result, fmt.Errorf("store: unable to check if entry exists: %v", err)
	}
	return result, nil
}

// createEntry inserts the entry unless it was tombstoned.
func (s *Storage) createEntry(tx *sql.Tx, entry *Entry) error {
	res, err := tx.Exec(`INSERT INTO entries (feed_id, hash, title)
		SELECT $1, $2, $3
		WHERE NOT EXISTS (SELECT 1 FROM entry_tombstones WHERE feed_id=$4 AND hash=$5)`,
		entry.FeedID, entry.Hash, entry.Title, entry.FeedID, entry.Hash)
	if err != nil {
		return fmt.Errorf("store: unable to create entry: %w", err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return ErrEntryTombstoned
	}
	return nil
}

// RefreshEntry stores the entry the first time the feed shows it.
func (s *Storage) RefreshEntry(feedID int64, hash, title string) (created bool, err error) {
	entry := &Entry{FeedID: feedID, Hash: hash, Title: title}
	tx, err := s.db.Begin()
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	exists, err := s.entryExists(tx, entry)
	if err != nil {
		return false, err
	}
	if !exists {
		err = s.createEntry(tx, entry)
		switch {
		case errors.Is(err, ErrEntryTombstoned):
			err = nil
		case err == nil:
			created = true
		}
		if err != nil {
			return false, err
		}
	}
	return created, tx.Commit()
}

// addTitle inserts the entry in one statement that checks its own table.
func (s *Storage) addTitle(entry *Entry) error {
	_, err := s.db.Exec(`INSERT INTO entries (feed_id, hash, title)
		SELECT $1, $2, $3
		WHERE NOT EXISTS (SELECT 1 FROM entries WHERE feed_id=$4 AND hash=$5)`,
		entry.FeedID, entry.Hash, entry.Title, entry.FeedID, entry.Hash)
	return err
}

// AddOnce checks, then inserts with the statement that checks again.
func (s *Storage) AddOnce(entry *Entry) error {
	var one int
	err := s.db.QueryRow(`SELECT 1 FROM entries WHERE feed_id=$1 AND hash=$2`, entry.FeedID, entry.Hash).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return s.addTitle(entry)
	}
	return err
}
