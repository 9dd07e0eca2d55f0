// A query whose rows another function reads (ntfy's user manager:
// rows, err := a.db.Query(selectUserByNameQuery, username); ...; return
// a.readUser(rows), which answers ErrUserNotFound when there is no row),
// and a handler that adds the user when the lookup finds none. A reader
// that answers its not-found error on another path too is not read.
package rows_reader

import (
	"database/sql"
	"errors"
)

const schema = `
CREATE TABLE accounts (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	user_name VARCHAR(191) NOT NULL,
	role VARCHAR(32) NOT NULL,
	UNIQUE (user_name)
);
`

// ErrUserNotFound says there is no such user.
var ErrUserNotFound = errors.New("user not found")

const selectUserByName = `SELECT user_name, role FROM accounts WHERE user_name = ?`

type User struct {
	Name, Role string
}

type Manager struct{ db *sql.DB }

func (a *Manager) readUser(rows *sql.Rows) (*User, error) {
	defer rows.Close()
	if !rows.Next() {
		return nil, ErrUserNotFound
	}
	var u User
	if err := rows.Scan(&u.Name, &u.Role); err != nil {
		return nil, err
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return &u, nil
}

// User returns the user, or ErrUserNotFound.
func (a *Manager) User(name string) (*User, error) {
	rows, err := a.db.Query(selectUserByName, name)
	if err != nil {
		return nil, err
	}
	return a.readUser(rows)
}

// AddUser inserts the user.
func (a *Manager) AddUser(name, role string) error {
	_, err := a.db.Exec(`INSERT INTO accounts (user_name, role) VALUES (?, ?)`, name, role)
	return err
}

// Signup adds the user unless the name is taken.
func (a *Manager) Signup(name string) (string, error) {
	if existing, _ := a.User(name); existing != nil {
		return existing.Role, nil
	}
	if err := a.AddUser(name, "user"); err != nil {
		return "", err
	}
	return "user", nil
}

func (a *Manager) readAdmin(rows *sql.Rows) (*User, error) {
	defer rows.Close()
	if !rows.Next() {
		return nil, ErrUserNotFound
	}
	var u User
	if err := rows.Scan(&u.Name, &u.Role); err != nil {
		return nil, err
	}
	if u.Role != "admin" {
		return nil, ErrUserNotFound
	}
	return &u, nil
}

// AddAdmin is no site: readAdmin's ErrUserNotFound does not say no row.
func (a *Manager) AddAdmin(name string) error {
	rows, err := a.db.Query(selectUserByName, name)
	if err != nil {
		return err
	}
	if _, err := a.readAdmin(rows); errors.Is(err, ErrUserNotFound) {
		return a.AddUser(name, "admin")
	}
	return nil
}
