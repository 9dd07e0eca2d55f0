// Near-miss: SQL built at run time is not read, so nothing is reported.
package dynamic_sql

import (
	"database/sql"
	"errors"
	"fmt"
)

// Ensure inserts the key into table when missing.
func Ensure(db *sql.DB, table, key string) error {
	var n int
	err := db.QueryRow(fmt.Sprintf("SELECT 1 FROM %s WHERE key = $1", table), key).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.Exec(fmt.Sprintf("INSERT INTO %s (key) VALUES ($1)", table), key)
	}
	return err
}
