package database

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/jmoiron/sqlx"
)

// AddTagToBookmark adds a tag to a bookmark
// Reproduces internal/database/database_tags.go:76 (shared by all engines; the
// transaction is dbbase.withTx on the writer pool).
func (db *dbbase) AddTagToBookmark(ctx context.Context, bookmarkID int, tagID int) error {
	// Insert the bookmark-tag association
	insertSb := db.Flavor().NewInsertBuilder()
	insertSb.InsertInto("bookmark_tag")
	insertSb.Cols("bookmark_id", "tag_id")
	insertSb.Values(bookmarkID, tagID)

	insertQuery, insertArgs := insertSb.Build()
	insertQuery = db.WriterDB().Rebind(insertQuery)

	if err := db.withTx(ctx, func(tx *sqlx.Tx) error {
		// First check if the association already exists using sqlbuilder
		selectSb := db.Flavor().NewSelectBuilder()
		selectSb.Select("1")
		selectSb.From("bookmark_tag")
		selectSb.Where(
			selectSb.And(
				selectSb.Equal("bookmark_id", bookmarkID),
				selectSb.Equal("tag_id", tagID),
			),
		)

		selectQuery, selectArgs := selectSb.Build()
		selectQuery = db.ReaderDB().Rebind(selectQuery)

		var exists int
		err := tx.QueryRowContext(ctx, selectQuery, selectArgs...).Scan(&exists) // race

		if err != nil && err != sql.ErrNoRows {
			return fmt.Errorf("failed to check if tag is already associated: %w", err)
		}

		// If it doesn't exist, insert it
		if err == sql.ErrNoRows {
			_, err = tx.ExecContext(ctx, insertQuery, insertArgs...)
			if err != nil {
				return fmt.Errorf("failed to add tag to bookmark: %w", err)
			}
		}

		return nil
	}); err != nil {
		return err
	}

	return nil
}

// TagExists checks if a tag with the given ID exists in the database
// Reproduces internal/database/database_tags.go:153.
func (db *dbbase) TagExists(ctx context.Context, tagID int) (bool, error) {
	sb := db.Flavor().NewSelectBuilder()
	sb.Select("1")
	sb.From("tag")
	sb.Where(sb.Equal("id", tagID))
	sb.Limit(1)

	query, args := sb.Build()
	query = db.ReaderDB().Rebind(query)

	var exists int
	err := db.ReaderDB().QueryRowContext(ctx, query, args...).Scan(&exists)
	if err != nil {
		if err == sql.ErrNoRows {
			return false, nil
		}
		return false, fmt.Errorf("failed to check if tag exists: %w", err)
	}

	return true, nil
}

// BookmarkExists checks if a bookmark with the given ID exists in the database
// Reproduces internal/database/database_tags.go:176.
func (db *dbbase) BookmarkExists(ctx context.Context, bookmarkID int) (bool, error) {
	sb := db.Flavor().NewSelectBuilder()
	sb.Select("1")
	sb.From("bookmark")
	sb.Where(sb.Equal("id", bookmarkID))
	sb.Limit(1)

	query, args := sb.Build()
	query = db.ReaderDB().Rebind(query)

	var exists int
	err := db.ReaderDB().QueryRowContext(ctx, query, args...).Scan(&exists)
	if err != nil {
		if err == sql.ErrNoRows {
			return false, nil
		}
		return false, fmt.Errorf("failed to check if bookmark exists: %w", err)
	}

	return true, nil
}
