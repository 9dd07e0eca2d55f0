package database

import (
	"context"
	"fmt"

	"example.com/heldout/shiori/third_party/sqlbuilder"
	"github.com/jmoiron/sqlx"
)

// OpenSQLiteDatabase reproduces internal/database/sqlite_noncgo.go:17.
func OpenSQLiteDatabase(ctx context.Context, databasePath string) (sqliteDB *SQLiteDatabase, err error) {
	// Open database
	rwDB, err := sqlx.ConnectContext(ctx, "sqlite", databasePath)
	if err != nil {
		return nil, fmt.Errorf("error opening writer database: %w", err)
	}

	rDB, err := sqlx.ConnectContext(ctx, "sqlite", databasePath)
	if err != nil {
		return nil, fmt.Errorf("error opening reader database: %w", err)
	}

	sqliteDB = &SQLiteDatabase{
		dbbase: dbbase{
			writer: rwDB,
			reader: rDB,
			flavor: sqlbuilder.SQLite,
		},
	}

	if err := sqliteDB.Init(ctx); err != nil {
		return nil, fmt.Errorf("error initializing database: %w", err)
	}

	return sqliteDB, nil
}
