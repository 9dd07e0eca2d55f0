// Near-misses: a lookup that guards an update or a delete, never a
// create.
package guard_update

import (
	"database/sql"
	"errors"
)

var ErrMissing = errors.New("missing")

// Rename renames an existing project.
func Rename(db *sql.DB, slug, name string) error {
	var id int64
	err := db.QueryRow("SELECT id FROM projects WHERE slug = $1", slug).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrMissing
	}
	if err != nil {
		return err
	}
	_, err = db.Exec("UPDATE projects SET name = $1 WHERE id = $2", name, id)
	return err
}

// Archive deletes the project when it exists.
func Archive(db *sql.DB, slug string) error {
	var id int64
	if err := db.QueryRow("SELECT id FROM projects WHERE slug = $1", slug).Scan(&id); err != nil {
		return err
	}
	_, err := db.Exec("DELETE FROM projects WHERE id = $1", id)
	return err
}
