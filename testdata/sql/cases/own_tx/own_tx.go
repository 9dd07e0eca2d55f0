// A create function that writes the account and its first folder in a
// transaction of its own, rolled back on every error (miniflux's
// CreateUser): when it fails it leaves nothing, so a caller that loses
// the race may go back to its lookup as after one insert. One that can
// return an error with a write left in its transaction is refused.
package own_tx

import (
	"database/sql"
	"errors"
	"fmt"
)

type Store struct {
	db *sql.DB
}

func NewStore(db *sql.DB) *Store { return &Store{db: db} }

type Account struct {
	ID       int64
	Username string
}

// AccountByName returns the account, nil when there is none.
func (s *Store) AccountByName(username string) (*Account, error) {
	var a Account
	err := s.db.QueryRow(`SELECT id, username FROM accounts WHERE username = ?`, username).Scan(&a.ID, &a.Username)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &a, nil
}

// CreateAccount inserts the account and its inbox folder.
func (s *Store) CreateAccount(username string) (int64, error) {
	tx, err := s.db.Begin()
	if err != nil {
		return 0, fmt.Errorf("store: unable to start transaction: %v", err)
	}
	res, err := tx.Exec(`INSERT INTO accounts (username) VALUES (?)`, username)
	if err != nil {
		tx.Rollback()
		return 0, fmt.Errorf("store: unable to create account: %v", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		tx.Rollback()
		return 0, err
	}
	if _, err := tx.Exec(`INSERT INTO folders (account_id, title) VALUES (?, ?)`, id, "Inbox"); err != nil {
		tx.Rollback()
		return 0, fmt.Errorf("store: unable to create inbox: %v", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	return id, nil
}

// CreateAccountLeaky forgets to roll back when its second insert fails.
func (s *Store) CreateAccountLeaky(username string) (int64, error) {
	tx, err := s.db.Begin()
	if err != nil {
		return 0, err
	}
	res, err := tx.Exec(`INSERT INTO accounts (username) VALUES (?)`, username)
	if err != nil {
		tx.Rollback()
		return 0, err
	}
	id, _ := res.LastInsertId()
	if _, err := tx.Exec(`INSERT INTO folders (account_id, title) VALUES (?, ?)`, id, "Inbox"); err != nil {
		return 0, err
	}
	return id, tx.Commit()
}

// SignIn returns the account's id, creating it on first sight.
func (s *Store) SignIn(username string) (int64, error) {
	a, err := s.AccountByName(username)
	if err != nil {
		return 0, err
	}
	if a == nil {
		return s.CreateAccount(username)
	}
	return a.ID, nil
}

// SignInLeaky is refused: its create can fail with a write left.
func (s *Store) SignInLeaky(username string) (int64, error) {
	a, err := s.AccountByName(username)
	if err != nil {
		return 0, err
	}
	if a == nil {
		return s.CreateAccountLeaky(username)
	}
	return a.ID, nil
}
