// Near-misses: inserts that already resolve the conflict in SQL.
package on_conflict

import (
	"database/sql"
	"errors"
)

// Touch records the key, already atomic with ON CONFLICT.
func Touch(db *sql.DB, key string) error {
	var n int
	err := db.QueryRow("SELECT 1 FROM seen WHERE key = $1", key).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.Exec("INSERT INTO seen (key) VALUES ($1) ON CONFLICT (key) DO NOTHING", key)
	}
	return err
}

// TouchMySQL is Touch for MySQL.
func TouchMySQL(db *sql.DB, key string) error {
	var n int
	err := db.QueryRow("SELECT 1 FROM seen WHERE `key` = ?", key).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.Exec("INSERT IGNORE INTO seen (`key`) VALUES (?)", key)
	}
	return err
}

// TouchSQLite is Touch for SQLite.
func TouchSQLite(db *sql.DB, key string) error {
	var n int
	err := db.QueryRow("SELECT 1 FROM seen WHERE key = ?", key).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.Exec("INSERT OR IGNORE INTO seen (key) VALUES (?)", key)
	}
	return err
}
