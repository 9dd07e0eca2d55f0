// The row is held in a variable before its Scan; the query text in a
// local defined once.
package row_var

import (
	"database/sql"
	"errors"
)

// Visit counts a first visit of path by the session.
func Visit(db *sql.DB, session, path string) error {
	q := "SELECT 1 FROM visits WHERE session = ? AND path = ?"
	row := db.QueryRow(q, session, path)
	var one int
	if err := row.Scan(&one); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			_, err = db.Exec("INSERT INTO visits (session, path) VALUES (?, ?)", session, path)
		}
		return err
	}
	return nil
}
