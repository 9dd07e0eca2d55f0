// A repository that answers "not found" with a nil row and a nil error;
// the caller tests the row.
package repo_nil

import (
	"database/sql"
	"errors"
)

type Flag struct {
	Name    string
	Enabled bool
}

type Repo struct{ DB *sql.DB }

// Find returns the flag, or nil when there is none.
func (r Repo) Find(name string) (*Flag, error) {
	f := &Flag{}
	err := r.DB.QueryRow("SELECT name, enabled FROM flags WHERE name = ?", name).Scan(&f.Name, &f.Enabled)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

// Insert stores a new flag.
func (r Repo) Insert(name string, enabled bool) error {
	_, err := r.DB.Exec("INSERT INTO flags (name, enabled) VALUES (?, ?)", name, enabled)
	return err
}

// Enabled reports the flag, registering it disabled the first time it is
// asked for.
func Enabled(r Repo, name string) (bool, error) {
	f, err := r.Find(name)
	if err != nil {
		return false, err
	}
	if f == nil {
		return false, r.Insert(name, false)
	}
	return f.Enabled, nil
}
