package database

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"runtime"
	"strings"
	"time"

	"example.com/heldout/shiori/internal/model"
	"example.com/heldout/shiori/third_party/sqlbuilder"
	"github.com/jmoiron/sqlx"
	"github.com/pkg/errors"
	// Upstream registers the modernc.org/sqlite driver here (sqlite_noncgo.go:13);
	// the reproduction does not import a driver.
)

var sqliteMigrations = []migration{
	newFileMigration("0.0.0", "0.1.0", "sqlite/0000_system"),
	newFileMigration("0.1.0", "0.2.0", "sqlite/0001_initial"),
	newFuncMigration("0.2.0", "0.3.0", func(db *sql.DB) error {
		// Ensure that bookmark table has `has_content` column and account table has `config` column
		// for users upgrading from <1.5.4 directly into this version.
		tx, err := db.Begin()
		if err != nil {
			return fmt.Errorf("failed to start transaction: %w", err)
		}
		defer tx.Rollback()

		_, err = tx.Exec(`ALTER TABLE bookmark ADD COLUMN has_content BOOLEAN DEFAULT FALSE NOT NULL`)
		if err != nil && strings.Contains(err.Error(), `duplicate column name`) {
			tx.Rollback()
		} else if err != nil {
			return fmt.Errorf("failed to add has_content column to bookmark table: %w", err)
		} else if err == nil {
			if errCommit := tx.Commit(); errCommit != nil {
				return fmt.Errorf("failed to commit transaction: %w", errCommit)
			}
		}

		tx, err = db.Begin()
		if err != nil {
			return fmt.Errorf("failed to start transaction: %w", err)
		}
		defer tx.Rollback()

		_, err = tx.Exec(`ALTER TABLE account ADD COLUMN config JSON NOT NULL DEFAULT '{}'`)
		if err != nil && strings.Contains(err.Error(), `duplicate column name`) {
			tx.Rollback()
		} else if err != nil {
			return fmt.Errorf("failed to add config column to account table: %w", err)
		} else if err == nil {
			if errCommit := tx.Commit(); errCommit != nil {
				return fmt.Errorf("failed to commit transaction: %w", errCommit)
			}
		}

		return nil
	}),
	newFileMigration("0.3.0", "0.4.0", "sqlite/0002_denormalize_content"),
	newFileMigration("0.4.0", "0.5.0", "sqlite/0003_uniq_id"),
	newFileMigration("0.5.0", "0.6.0", "sqlite/0004_created_time"),
}

// SQLiteDatabase is implementation of Database interface
// for connecting to SQLite3 database.
type SQLiteDatabase struct {
	dbbase
}

// withTx executes the given function within a transaction.
// If the function returns an error, the transaction is rolled back.
// Otherwise, the transaction is committed.
// withTx reproduces internal/database/sqlite.go:78.
func (db *SQLiteDatabase) withTx(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	tx, err := db.writer.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("failed to begin transaction: %w", err)
	}
	defer tx.Rollback() // Will be a no-op if tx.Commit() is called

	if err := fn(tx); err != nil {
		// Return the error directly without wrapping
		return fmt.Errorf("transaction failed: %w", err)
	}

	if err := tx.Commit(); err != nil {
		return err
	}

	return nil
}

// withTxRetry executes the given function within a transaction with retry logic.
// It will retry up to 3 times if the database is locked, with exponential backoff.
// For other errors, it returns immediately.
// withTxRetry reproduces internal/database/sqlite.go:100.
func (db *SQLiteDatabase) withTxRetry(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	maxRetries := 3
	var lastErr error

	for i := 0; i < maxRetries; i++ {
		err := db.withTx(ctx, fn)
		if err == nil {
			return nil
		}

		if strings.Contains(err.Error(), "database is locked") {
			lastErr = err
			time.Sleep(time.Duration(i+1) * 100 * time.Millisecond)
			continue
		}

		return fmt.Errorf("transaction failed after retry: %w", err)
	}

	return fmt.Errorf("transaction failed after max retries, last error: %w", lastErr)
}

// Init sets up the SQLite database with optimal settings for both reader and writer connections
// Init reproduces internal/database/sqlite.go:123.
func (db *SQLiteDatabase) Init(ctx context.Context) error {
	// Initialize both connections with appropriate settings
	for _, conn := range []*sqlx.DB{db.WriterDB(), db.ReaderDB()} {
		// Reuse connections for up to one hour
		conn.SetConnMaxLifetime(time.Hour)

		// Enable WAL mode for better concurrency
		if _, err := conn.ExecContext(ctx, `PRAGMA journal_mode=WAL`); err != nil {
			return fmt.Errorf("failed to set journal mode: %w", err)
		}

		// Set busy timeout to avoid "database is locked" errors
		if _, err := conn.ExecContext(ctx, `PRAGMA busy_timeout=5000`); err != nil {
			return fmt.Errorf("failed to set busy timeout: %w", err)
		}

		// Other performance and reliability settings
		pragmas := []string{
			`PRAGMA synchronous=NORMAL`,
			`PRAGMA cache_size=-2000`, // Use 2MB of memory for cache
			`PRAGMA foreign_keys=ON`,
		}

		for _, pragma := range pragmas {
			if _, err := conn.ExecContext(ctx, pragma); err != nil {
				return fmt.Errorf("failed to set pragma %s: %w", pragma, err)
			}
		}
	}

	// Use a single connection on the writer to avoid database is locked errors
	db.writer.SetMaxOpenConns(1)

	// Set maximum idle connections for the reader to number of CPUs (maxing at 4)
	db.reader.SetMaxIdleConns(max(4, runtime.NumCPU()))

	return nil
}

// DBX returns the underlying sqlx.DB object for writes
// WriterDB reproduces internal/database/sqlite.go:169.
func (db *SQLiteDatabase) WriterDB() *sqlx.DB {
	return db.dbbase.WriterDB()
}

// ReaderDBx returns the underlying sqlx.DB object for reading
// ReaderDB reproduces internal/database/sqlite.go:174.
func (db *SQLiteDatabase) ReaderDB() *sqlx.DB {
	return db.dbbase.ReaderDB()
}

// Migrate runs migrations for this database engine
// Migrate reproduces internal/database/sqlite.go:179.
func (db *SQLiteDatabase) Migrate(ctx context.Context) error {
	if err := runMigrations(ctx, db, sqliteMigrations); err != nil {
		return fmt.Errorf("failed to run migrations: %w", err)
	}

	return nil
}

// GetDatabaseSchemaVersion fetches the current migrations version of the database
// GetDatabaseSchemaVersion reproduces internal/database/sqlite.go:188.
func (db *SQLiteDatabase) GetDatabaseSchemaVersion(ctx context.Context) (string, error) {
	var version string

	err := db.reader.GetContext(ctx, &version, "SELECT database_schema_version FROM shiori_system")
	if err != nil {
		return "", fmt.Errorf("failed to get database schema version: %w", err)
	}

	return version, nil
}

// SetDatabaseSchemaVersion sets the current migrations version of the database
// SetDatabaseSchemaVersion reproduces internal/database/sqlite.go:200.
func (db *SQLiteDatabase) SetDatabaseSchemaVersion(ctx context.Context, version string) error {
	if err := db.withTxRetry(ctx, func(tx *sqlx.Tx) error {
		_, err := tx.ExecContext(ctx, "UPDATE shiori_system SET database_schema_version = ?", version)
		if err != nil {
			return err
		}
		return nil
	}); err != nil {
		return fmt.Errorf("failed to set database schema version: %w", err)
	}

	return nil
}

// SaveBookmarks saves new or updated bookmarks to database.
// Returns the saved ID and error message if any happened.
// SaveBookmarks reproduces internal/database/sqlite.go:216.
func (db *SQLiteDatabase) SaveBookmarks(ctx context.Context, create bool, bookmarks ...model.BookmarkDTO) ([]model.BookmarkDTO, error) {
	var result []model.BookmarkDTO

	if err := db.withTxRetry(ctx, func(tx *sqlx.Tx) error {
		// Prepare statement

		stmtInsertBook, err := tx.PreparexContext(ctx, `INSERT INTO bookmark
			(url, title, excerpt, author, public, modified_at, has_content, created_at)
			VALUES(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`)
		if err != nil {
			return fmt.Errorf("failed to prepare insert book statement: %w", err)
		}

		stmtUpdateBook, err := tx.PreparexContext(ctx, `UPDATE bookmark SET
			url = ?, title = ?,	excerpt = ?, author = ?,
			public = ?, modified_at = ?, has_content = ?
			WHERE id = ?`)
		if err != nil {
			return fmt.Errorf("failed to prepare update book statement: %w", err)
		}

		stmtInsertBookContent, err := tx.PreparexContext(ctx, `INSERT OR REPLACE INTO bookmark_content
			(docid, title, content, html)
			VALUES (?, ?, ?, ?)`)
		if err != nil {
			return fmt.Errorf("failed to prepare insert book content statement: %w", err)
		}

		stmtUpdateBookContent, err := tx.PreparexContext(ctx, `UPDATE bookmark_content SET
			title = ?, content = ?, html = ?
			WHERE docid = ?`)
		if err != nil {
			return fmt.Errorf("failed to prepare update book content statement: %w", err)
		}

		stmtGetTag, err := tx.PreparexContext(ctx, `SELECT id FROM tag WHERE name = ?`)
		if err != nil {
			return fmt.Errorf("failed to prepare get tag statement: %w", err)
		}

		stmtInsertTag, err := tx.PreparexContext(ctx, `INSERT INTO tag (name) VALUES (?)`)
		if err != nil {
			return fmt.Errorf("failed to prepare insert tag statement: %w", err)
		}

		stmtInsertBookTag, err := tx.PreparexContext(ctx, `INSERT OR IGNORE INTO bookmark_tag
			(tag_id, bookmark_id) VALUES (?, ?)`)
		if err != nil {
			return fmt.Errorf("failed to prepare insert book tag statement: %w", err)
		}

		stmtDeleteBookTag, err := tx.PreparexContext(ctx, `DELETE FROM bookmark_tag
			WHERE bookmark_id = ? AND tag_id = ?`)
		if err != nil {
			return fmt.Errorf("failed to execute delete statement: %w", err)
		}

		// Prepare modified time
		modifiedTime := time.Now().UTC().Format(model.DatabaseDateFormat)

		// Execute statements

		for _, book := range bookmarks {
			// Check URL and title
			if book.URL == "" {
				return errors.New("URL must not be empty")
			}

			if book.Title == "" {
				return errors.New("title must not be empty")
			}

			// Set modified time
			if book.ModifiedAt == "" {
				book.ModifiedAt = modifiedTime
			}

			hasContent := book.Content != ""

			// Create or update bookmark
			var err error
			if create {
				book.CreatedAt = modifiedTime
				err = stmtInsertBook.QueryRowContext(ctx,
					book.URL, book.Title, book.Excerpt, book.Author, book.Public, book.ModifiedAt, hasContent, book.CreatedAt).Scan(&book.ID)
			} else {
				_, err = stmtUpdateBook.ExecContext(ctx,
					book.URL, book.Title, book.Excerpt, book.Author, book.Public, book.ModifiedAt, hasContent, book.ID)
			}
			if err != nil {
				return fmt.Errorf("failed to delete bookmark content: %w", err)
			}

			// Try to update it first to check for existence, we can't do an UPSERT here because
			// bookmant_content is a virtual table
			res, err := stmtUpdateBookContent.ExecContext(ctx, book.Title, book.Content, book.HTML, book.ID) // safe: serialized: the transaction holds the only writer connection (SetMaxOpenConns(1)) and has already written the bookmark row, so it holds the SQLite write lock
			if err != nil {
				return fmt.Errorf("failed to delete bookmark tag: %w", err)
			}

			rows, err := res.RowsAffected()
			if err != nil {
				return fmt.Errorf("failed to delete bookmark: %w", err)
			}

			if rows == 0 {
				_, err = stmtInsertBookContent.ExecContext(ctx, book.ID, book.Title, book.Content, book.HTML)
				if err != nil {
					return fmt.Errorf("failed to execute delete bookmark tag statement: %w", err)
				}
			}

			// Save book tags
			newTags := []model.TagDTO{}
			for _, tag := range book.Tags {
				t := tag.ToDTO()
				// If it's deleted tag, delete and continue
				if t.Deleted {
					_, err = stmtDeleteBookTag.ExecContext(ctx, book.ID, tag.ID)
					if err != nil {
						return fmt.Errorf("failed to execute delete bookmark statement: %w", err)
					}
					continue
				}

				// Normalize tag name
				tagName := strings.ToLower(tag.Name)
				tagName = strings.Join(strings.Fields(tagName), " ")

				// If tag doesn't have any ID, fetch it from database
				if tag.ID == 0 {
					if err := stmtGetTag.GetContext(ctx, &tag.ID, tagName); err != nil && err != sql.ErrNoRows { // safe: serialized: the transaction holds the only writer connection (SetMaxOpenConns(1)) and has already written the bookmark row, so it holds the SQLite write lock
						return fmt.Errorf("failed to get tag ID: %w", err)
					}

					// If tag doesn't exist in database, save it
					if tag.ID == 0 {
						res, err := stmtInsertTag.ExecContext(ctx, tagName)
						if err != nil {
							return fmt.Errorf("failed to get last insert ID for tag: %w", err)
						}

						tagID64, err := res.LastInsertId()
						if err != nil && err != sql.ErrNoRows {
							return fmt.Errorf("failed to insert bookmark tag: %w", err)
						}

						tag.ID = int(tagID64)
						t.ID = int(tagID64)
					}

					if _, err := stmtInsertBookTag.ExecContext(ctx, tag.ID, book.ID); err != nil {
						return fmt.Errorf("failed to execute bookmark tag statement: %w", err)
					}
				}

				newTags = append(newTags, t)
			}

			book.Tags = newTags
			result = append(result, book)
		}

		return nil
	}); err != nil {
		return nil, fmt.Errorf("failed to execute select query for bookmark content: %w", err)
	}

	return result, nil
}

// GetBookmarks fetch list of bookmarks based on submitted options.
// GetBookmarks reproduces internal/database/sqlite.go:388 (reduced to the IDs
// filter and the content/tags enrichment used by the reproduced callers).
func (db *SQLiteDatabase) GetBookmarks(ctx context.Context, opts model.DBGetBookmarksOptions) ([]model.BookmarkDTO, error) {
	// Create initial query
	query := `SELECT
		b.id,
		b.url,
		b.title,
		b.excerpt,
		b.author,
		b.public,
		b.created_at,
		b.modified_at,
		b.has_content
		FROM bookmark b
		WHERE 1`

	// Add where clause
	args := []interface{}{}

	// Add where clause for IDs
	if len(opts.IDs) > 0 {
		query += ` AND b.id IN (?)`
		args = append(args, opts.IDs)
	}

	// Add order clause
	switch opts.OrderMethod {
	case model.ByLastAdded:
		query += ` ORDER BY b.id DESC`
	case model.ByLastModified:
		query += ` ORDER BY b.modified_at DESC`
	default:
		query += ` ORDER BY b.id`
	}

	if opts.Limit > 0 && opts.Offset >= 0 {
		query += ` LIMIT ? OFFSET ?`
		args = append(args, opts.Limit, opts.Offset)
	}

	// Expand query, because some of the args might be an array
	query, args, err := sqlx.In(query, args...)
	if err != nil {
		return nil, fmt.Errorf("failed to execute select query for tags: %w", err)
	}

	// Fetch bookmarks
	bookmarks := []model.BookmarkDTO{}
	err = db.reader.SelectContext(ctx, &bookmarks, query, args...)
	if err != nil && err != sql.ErrNoRows {
		return nil, fmt.Errorf("failed to fetch accounts: %w", err)
	}

	// store bookmark IDs for further enrichment
	var bookmarkIds = make([]int, 0, len(bookmarks))
	for _, book := range bookmarks {
		bookmarkIds = append(bookmarkIds, book.ID)
	}

	if len(bookmarkIds) == 0 {
		return bookmarks, nil
	}

	// If content needed, fetch it separately
	// It's faster than join with virtual table
	if opts.WithContent {
		contents := make([]bookmarkContent, 0, len(bookmarks))
		contentMap := make(map[int]bookmarkContent, len(bookmarks))

		contentQuery, args, err := sqlx.In(`SELECT docid, content, html FROM bookmark_content WHERE docid IN (?)`, bookmarkIds)
		contentQuery = db.reader.Rebind(contentQuery)
		if err != nil {
			return nil, fmt.Errorf("failed to expand tags query with IN clause: %w", err)
		}

		err = db.reader.Select(&contents, contentQuery, args...)
		if err != nil && err != sql.ErrNoRows {
			return nil, fmt.Errorf("failed to get tags: %w", err)
		}
		for _, content := range contents {
			contentMap[content.ID] = content
		}
		for i := range bookmarks[:] {
			book := &bookmarks[i]
			if bookmarkContent, found := contentMap[book.ID]; found {
				book.Content = bookmarkContent.Content
				book.HTML = bookmarkContent.HTML
			} else {
				log.Printf("not found content for bookmark %d, but it should be; check DB consistency", book.ID)
			}
		}
	}

	// Fetch tags for each bookmark
	for i, book := range bookmarks {
		tags, err := db.getTagsForBookmark(ctx, book.ID)
		if err != nil {
			return nil, fmt.Errorf("failed to get tags: %w", err)
		}
		bookmarks[i].Tags = tags
	}

	return bookmarks, nil
}

// getTagsForBookmark reproduces internal/database/sqlite.go:558.
func (db *SQLiteDatabase) getTagsForBookmark(ctx context.Context, bookmarkID int) ([]model.TagDTO, error) {
	sb := sqlbuilder.SQLite.NewSelectBuilder()
	sb.Select("t.id", "t.name")
	sb.From("bookmark_tag bt")
	sb.JoinWithOption(sqlbuilder.LeftJoin, "tag t", "bt.tag_id = t.id")
	sb.Where(sb.Equal("bt.bookmark_id", bookmarkID))
	sb.OrderBy("t.name")

	query, args := sb.Build()
	query = db.ReaderDB().Rebind(query)

	tags := []model.TagDTO{}
	err := db.ReaderDB().SelectContext(ctx, &tags, query, args...)
	if err != nil && err != sql.ErrNoRows {
		return nil, fmt.Errorf("failed to get tags: %w", err)
	}

	return tags, nil
}

// DeleteBookmarks removes all record with matching ids from database.
// DeleteBookmarks reproduces internal/database/sqlite.go:683.
func (db *SQLiteDatabase) DeleteBookmarks(ctx context.Context, ids ...int) error {
	if err := db.withTx(ctx, func(tx *sqlx.Tx) error {
		// Prepare queries
		delBookmark := `DELETE FROM bookmark`
		delBookmarkTag := `DELETE FROM bookmark_tag`
		delBookmarkContent := `DELETE FROM bookmark_content`

		// Delete bookmark(s)
		if len(ids) == 0 {
			_, err := tx.ExecContext(ctx, delBookmarkContent)
			if err != nil {
				return fmt.Errorf("failed to prepare delete statement: %w", err)
			}

			_, err = tx.ExecContext(ctx, delBookmarkTag)
			if err != nil {
				return fmt.Errorf("failed to execute delete account statement: %w", err)
			}

			_, err = tx.ExecContext(ctx, delBookmark)
			if err != nil {
				return fmt.Errorf("failed to execute delete bookmark statement: %w", err)
			}
		} else {
			delBookmark += ` WHERE id = ?`
			delBookmarkTag += ` WHERE bookmark_id = ?`
			delBookmarkContent += ` WHERE docid = ?`

			stmtDelBookmark, err := tx.Preparex(delBookmark)
			if err != nil {
				return fmt.Errorf("failed to get bookmark: %w", err)
			}

			stmtDelBookmarkTag, err := tx.Preparex(delBookmarkTag)
			if err != nil {
				return fmt.Errorf("failed to expand query with IN clause: %w", err)
			}

			stmtDelBookmarkContent, err := tx.Preparex(delBookmarkContent)
			if err != nil {
				return fmt.Errorf("failed to delete bookmark content: %w", err)
			}

			for _, id := range ids {
				_, err = stmtDelBookmarkContent.ExecContext(ctx, id)
				if err != nil {
					return fmt.Errorf("failed to delete bookmark: %w", err)
				}

				_, err = stmtDelBookmarkTag.ExecContext(ctx, id)
				if err != nil {
					return fmt.Errorf("failed to delete bookmark tag: %w", err)
				}

				_, err = stmtDelBookmark.ExecContext(ctx, id)
				if err != nil {
					return fmt.Errorf("failed to delete bookmark: %w", err)
				}
			}
		}

		return nil
	}); err != nil {
		return fmt.Errorf("failed to update database schema version: %w", err)
	}

	return nil
}

// GetBookmark fetches bookmark based on its ID or URL.
// Returns the bookmark and boolean whether it's exist or not.
// GetBookmark reproduces internal/database/sqlite.go:754.
func (db *SQLiteDatabase) GetBookmark(ctx context.Context, id int, url string) (model.BookmarkDTO, bool, error) {
	// Create the main query builder for bookmark data
	sb := sqlbuilder.NewSelectBuilder()
	sb.Select(
		"b.id", "b.url", "b.title", "b.excerpt", "b.author", "b.public", "b.modified_at",
		"bc.content", "bc.html", "b.has_content", "b.created_at")
	sb.From("bookmark b")
	sb.JoinWithOption(sqlbuilder.LeftJoin, "bookmark_content bc", "bc.docid = b.id")

	// Add conditions
	if id != 0 {
		sb.Where(sb.Equal("b.id", id))
	} else if url != "" {
		sb.Where(sb.Equal("b.url", url))
	} else {
		return model.BookmarkDTO{}, false, fmt.Errorf("id or url is required")
	}

	// Build the query
	query, args := sb.Build()
	query = db.ReaderDB().Rebind(query)

	// Execute the query
	book := model.BookmarkDTO{}
	err := db.ReaderDB().GetContext(ctx, &book, query, args...)
	if err != nil {
		if err == sql.ErrNoRows {
			return book, false, nil
		}
		return book, false, fmt.Errorf("failed to get bookmark: %w", err)
	}

	// If bookmark exists, fetch its tags
	if book.ID != 0 {
		// Create query builder for tags
		tagSb := sqlbuilder.NewSelectBuilder()
		tagSb.Select("t.id", "t.name")
		tagSb.From("tag t")
		tagSb.JoinWithOption(sqlbuilder.InnerJoin, "bookmark_tag bt", "bt.tag_id = t.id")
		tagSb.Where(tagSb.Equal("bt.bookmark_id", book.ID))

		// Build the query
		tagQuery, tagArgs := tagSb.Build()
		tagQuery = db.ReaderDB().Rebind(tagQuery)

		// Execute the query
		tags := []model.TagDTO{}
		err = db.ReaderDB().SelectContext(ctx, &tags, tagQuery, tagArgs...)
		if err != nil && err != sql.ErrNoRows {
			return book, false, fmt.Errorf("failed to get bookmark tags: %w", err)
		}

		book.Tags = tags
	}

	return book, true, nil
}

// CreateAccount saves new account to database. Returns error if any happened.
// CreateAccount reproduces internal/database/sqlite.go:813.
func (db *SQLiteDatabase) CreateAccount(ctx context.Context, account model.Account) (*model.Account, error) {
	var accountID int64
	if err := db.withTx(ctx, func(tx *sqlx.Tx) error {
		// Check if username already exists
		var exists bool
		err := tx.GetContext(ctx, &exists, // safe: the transaction holds the only writer connection (Init, SetMaxOpenConns(1)), so check and insert of concurrent creates are serialized
			"SELECT EXISTS(SELECT 1 FROM account WHERE username = ?)",
			account.Username)
		if err != nil {
			return fmt.Errorf("error checking username existence: %w", err)
		}
		if exists {
			return ErrAlreadyExists
		}

		// Insert new account
		query, err := tx.PrepareContext(ctx, `INSERT INTO account
			(username, password, owner, config) VALUES (?, ?, ?, ?)
			RETURNING id`)
		if err != nil {
			return fmt.Errorf("error preparing query: %w", err)
		}

		err = query.QueryRowContext(ctx,
			account.Username, account.Password, account.Owner, account.Config).Scan(&accountID)
		if err != nil {
			return fmt.Errorf("error executing query: %w", err)
		}

		return nil
	}); err != nil {
		return nil, fmt.Errorf("error running transaction: %w", err)
	}

	account.ID = model.DBID(accountID)
	return &account, nil
}

// ListAccounts fetch list of account (without its password) based on submitted options.
// ListAccounts reproduces internal/database/sqlite.go:895.
func (db *SQLiteDatabase) ListAccounts(ctx context.Context, opts model.DBListAccountsOptions) ([]model.Account, error) {
	// Create query
	args := []interface{}{}
	fields := []string{"id", "username", "owner", "config"}
	if opts.WithPassword {
		fields = append(fields, "password")
	}

	query := fmt.Sprintf(`SELECT %s FROM account WHERE 1`, strings.Join(fields, ", "))

	if opts.Keyword != "" {
		query += " AND username LIKE ?"
		args = append(args, "%"+opts.Keyword+"%")
	}

	if opts.Username != "" {
		query += " AND username = ?"
		args = append(args, opts.Username)
	}

	if opts.Owner {
		query += " AND owner = 1"
	}

	// Fetch list account
	accounts := []model.Account{}
	err := db.reader.SelectContext(ctx, &accounts, query, args...)
	if err != nil && err != sql.ErrNoRows {
		return nil, fmt.Errorf("failed to execute select query: %w", err)
	}

	return accounts, nil
}

// BulkUpdateBookmarkTags updates tags for multiple bookmarks.
// It ensures that all bookmarks and tags exist before proceeding.
// BulkUpdateBookmarkTags reproduces internal/database/sqlite.go:1196.
func (db *SQLiteDatabase) BulkUpdateBookmarkTags(ctx context.Context, bookmarkIDs []int, tagIDs []int) error {
	if len(bookmarkIDs) == 0 || len(tagIDs) == 0 {
		return nil
	}

	// Convert int slices to any slices for sqlbuilder
	bookmarkIDsIface := make([]any, len(bookmarkIDs))
	for i, id := range bookmarkIDs {
		bookmarkIDsIface[i] = id
	}

	// Verify all bookmarks exist
	bookmarkSb := sqlbuilder.NewSelectBuilder()
	bookmarkSb.Select("id")
	bookmarkSb.From("bookmark")
	bookmarkSb.Where(bookmarkSb.In("id", bookmarkIDsIface...))

	bookmarkQuery, bookmarkArgs := bookmarkSb.Build()
	bookmarkQuery = db.ReaderDB().Rebind(bookmarkQuery)

	var existingBookmarkIDs []int
	err := db.ReaderDB().SelectContext(ctx, &existingBookmarkIDs, bookmarkQuery, bookmarkArgs...) // safe: existence check of the parent bookmarks (and tags); the inserted rows are associations written with INSERT OR IGNORE after a delete
	if err != nil {
		return fmt.Errorf("failed to check bookmarks: %w", err)
	}

	if len(existingBookmarkIDs) != len(bookmarkIDs) {
		// Find which bookmarks don't exist
		missingBookmarkIDs := model.SliceDifference(bookmarkIDs, existingBookmarkIDs)
		return fmt.Errorf("some bookmarks do not exist: %v", missingBookmarkIDs)
	}

	tagIDsIface := make([]any, len(tagIDs))
	for i, id := range tagIDs {
		tagIDsIface[i] = id
	}

	// Verify all tags exist
	tagSb := sqlbuilder.NewSelectBuilder()
	tagSb.Select("id")
	tagSb.From("tag")
	tagSb.Where(tagSb.In("id", tagIDsIface...))

	tagQuery, tagArgs := tagSb.Build()
	tagQuery = db.ReaderDB().Rebind(tagQuery)

	var existingTagIDs []int
	err = db.ReaderDB().SelectContext(ctx, &existingTagIDs, tagQuery, tagArgs...)
	if err != nil {
		return fmt.Errorf("failed to check tags: %w", err)
	}

	if len(existingTagIDs) != len(tagIDs) {
		// Find which tags don't exist
		missingTagIDs := model.SliceDifference(tagIDs, existingTagIDs)
		return fmt.Errorf("some tags do not exist: %v", missingTagIDs)
	}

	return db.withTx(ctx, func(tx *sqlx.Tx) error {
		// Delete existing bookmark-tag associations
		deleteSb := sqlbuilder.NewDeleteBuilder()
		deleteSb.DeleteFrom("bookmark_tag")
		deleteSb.Where(deleteSb.In("bookmark_id", bookmarkIDsIface...))

		deleteQuery, deleteArgs := deleteSb.Build()
		deleteQuery = tx.Rebind(deleteQuery)

		_, err := tx.ExecContext(ctx, deleteQuery, deleteArgs...)
		if err != nil {
			return fmt.Errorf("failed to delete existing bookmark tags: %w", err)
		}

		// Insert new bookmark-tag associations
		if len(tagIDs) > 0 {
			// Build insert statement for bookmark tags
			insertSb := sqlbuilder.NewInsertBuilder()
			// SQLite syntax for INSERT OR IGNORE
			insertSb.SQL("INSERT OR IGNORE INTO")
			insertSb.SQL("bookmark_tag")
			insertSb.SQL("(bookmark_id, tag_id)")
			insertSb.SQL("VALUES (?, ?)")

			insertQuery := insertSb.String()
			insertQuery = tx.Rebind(insertQuery)

			stmtInsertBookTag, err := tx.PreparexContext(ctx, insertQuery)
			if err != nil {
				return fmt.Errorf("failed to prepare insert book tag statement: %w", err)
			}
			defer stmtInsertBookTag.Close()

			// Insert new tags
			for _, bookmarkID := range bookmarkIDs {
				for _, tagID := range tagIDs {
					_, err := stmtInsertBookTag.ExecContext(ctx, bookmarkID, tagID)
					if err != nil {
						return fmt.Errorf("failed to insert bookmark tag: %w", err)
					}
				}
			}
		}

		return nil
	})
}

// bookmarkContent reproduces internal/database/sqlite.go:162.
type bookmarkContent struct {
	ID      int    `db:"docid"`
	Content string `db:"content"`
	HTML    string `db:"html"`
}
