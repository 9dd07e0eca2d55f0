// The key is not unique in the schema: reported, with the index to add,
// and not changed.
package not_unique

import (
	"database/sql"
	"errors"
)

// Note returns the note of the day, creating it empty.
func Note(db *sql.DB, day string) (string, error) {
	var body string
	err := db.QueryRow("SELECT body FROM notes WHERE day = $1", day).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = db.Exec("INSERT INTO notes (day, body) VALUES ($1, '')", day)
	}
	return body, err
}
