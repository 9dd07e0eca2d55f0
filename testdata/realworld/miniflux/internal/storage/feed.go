package storage // import "example.com/realworld/miniflux/internal/storage"

import (
	"database/sql"
	"errors"
	"fmt"

	"example.com/realworld/miniflux/internal/model"
)

// FeedExists checks if the given feed exists.
// internal/storage/feed.go:39
func (s *Storage) FeedExists(userID, feedID int64) (bool, error) {
	var result bool
	query := `SELECT true FROM feeds WHERE user_id=$1 AND id=$2 LIMIT 1`
	if err := s.db.QueryRow(query, userID, feedID).Scan(&result); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return false, fmt.Errorf(`store: unable to check if feed exists: %w`, err)
	}
	return result, nil
}

// FeedURLExists returns true if the given feed URL already exists for the user.
// internal/storage/feed.go:72
func (s *Storage) FeedURLExists(userID int64, feedURL string) bool {
	var result bool
	query := `SELECT true FROM feeds WHERE user_id=$1 AND feed_url=$2 LIMIT 1`
	s.db.QueryRow(query, userID, feedURL).Scan(&result)
	return result
}

// AnotherFeedURLExists returns true if another feed with the same URL exists for the user.
// internal/storage/feed.go:80
func (s *Storage) AnotherFeedURLExists(userID, feedID int64, feedURL string) bool {
	var result bool
	query := `SELECT true FROM feeds WHERE id <> $1 AND user_id=$2 AND feed_url=$3 LIMIT 1`
	s.db.QueryRow(query, feedID, userID, feedURL).Scan(&result)
	return result
}

// FeedByID returns the feed with the given ID.
// internal/storage/feed.go:209 (the feed query builder is reduced to its SQL).
func (s *Storage) FeedByID(userID, feedID int64) (*model.Feed, error) {
	var feed model.Feed
	feed.Category = &model.Category{}
	err := s.db.QueryRow(
		`SELECT f.id, f.user_id, f.feed_url, f.site_url, f.title, f.category_id FROM feeds f WHERE f.user_id=$1 AND f.id=$2`,
		userID, feedID,
	).Scan(&feed.ID, &feed.UserID, &feed.FeedURL, &feed.SiteURL, &feed.Title, &feed.Category.ID)

	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf(`store: unable to fetch feed #%d: %v`, feedID, err)
	}

	return &feed, nil
}

// CreateFeed creates a new feed.
// internal/storage/feed.go:225 (the INSERT column list is trimmed from 32 to
// 11 columns; the key columns user_id and feed_url are kept). Each parsed
// entry is then stored in its own transaction: entryExists (:314), then
// createEntry (:323) when absent.
func (s *Storage) CreateFeed(feed *model.Feed) error {
	sql := `
		INSERT INTO feeds (
			feed_url,
			site_url,
			title,
			category_id,
			user_id,
			etag_header,
			last_modified_header,
			crawler,
			user_agent,
			ignore_entry_updates,
			language
		)
		VALUES
			($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
		RETURNING
			id
	`
	err := s.db.QueryRow(
		sql,
		feed.FeedURL,
		feed.SiteURL,
		feed.Title,
		feed.Category.ID,
		feed.UserID,
		feed.EtagHeader,
		feed.LastModifiedHeader,
		feed.Crawler,
		feed.UserAgent,
		feed.IgnoreEntryUpdates,
		feed.Language,
	).Scan(&feed.ID)
	if err != nil {
		return fmt.Errorf(`store: unable to create feed %q: %v`, feed.FeedURL, err)
	}

	for _, entry := range feed.Entries {
		entry.FeedID = feed.ID
		entry.UserID = feed.UserID

		tx, err := s.db.Begin()
		if err != nil {
			return fmt.Errorf(`store: unable to start transaction: %v`, err)
		}

		entryExists, err := s.entryExists(tx, entry) // safe: keyed on (feed_id, hash) with the fresh id of the feed inserted just above (RETURNING id); no other request writes entries of this feed yet
		if err != nil {
			if rollbackErr := tx.Rollback(); rollbackErr != nil {
				return fmt.Errorf(`store: unable to rollback transaction: %v (rolled back due to: %v)`, rollbackErr, err)
			}
			return err
		}

		if !entryExists {
			if err := s.createEntry(tx, entry); err != nil {
				if rollbackErr := tx.Rollback(); rollbackErr != nil {
					return fmt.Errorf(`store: unable to rollback transaction: %v (rolled back due to: %v)`, rollbackErr, err)
				}
				return err
			}
		}

		if err := tx.Commit(); err != nil {
			return fmt.Errorf(`store: unable to commit transaction: %v`, err)
		}
	}

	return nil
}

// UpdateFeed updates an existing feed.
// internal/storage/feed.go:340 (SET list trimmed).
func (s *Storage) UpdateFeed(feed *model.Feed) (err error) {
	query := `
		UPDATE
			feeds
		SET
			feed_url=$1,
			site_url=$2,
			title=$3,
			category_id=$4,
			etag_header=$5,
			last_modified_header=$6,
			parsing_error_msg=$7,
			parsing_error_count=$8
		WHERE
			id=$9 AND user_id=$10
	`
	_, err = s.db.Exec(query,
		feed.FeedURL,
		feed.SiteURL,
		feed.Title,
		feed.Category.ID,
		feed.EtagHeader,
		feed.LastModifiedHeader,
		feed.ParsingErrorMsg,
		feed.ParsingErrorCount,
		feed.ID,
		feed.UserID,
	)

	if err != nil {
		return fmt.Errorf(`store: unable to update feed #%d (%s): %v`, feed.ID, feed.FeedURL, err)
	}

	return nil
}
