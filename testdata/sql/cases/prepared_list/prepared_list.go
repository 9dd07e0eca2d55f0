// A list of {&statement, SQL} pairs prepared by a helper, statements
// bound to the caller's transaction with tx.Stmt, and a storage layer
// whose caller decides: the lookup and the insert are methods of the
// table, the decision is the caller's.
package prepared_list

import (
	"context"
	"database/sql"
	"errors"
)

const selectProfileSQL = "" +
	"SELECT display_name FROM profiles WHERE localpart = $1"

const insertProfileSQL = "" +
	"INSERT INTO profiles (localpart, display_name) VALUES ($1, $2)"

type statement struct {
	stmt **sql.Stmt
	sql  string
}

func prepareAll(db *sql.DB, list []statement) error {
	for _, s := range list {
		var err error
		if *s.stmt, err = db.Prepare(s.sql); err != nil {
			return err
		}
	}
	return nil
}

// txStmt binds a statement to the transaction, when there is one.
func txStmt(txn *sql.Tx, stmt *sql.Stmt) *sql.Stmt {
	if txn != nil {
		return txn.Stmt(stmt)
	}
	return stmt
}

type ProfilesTable struct {
	selectProfileStmt *sql.Stmt
	insertProfileStmt *sql.Stmt
}

func NewProfilesTable(db *sql.DB) (*ProfilesTable, error) {
	s := &ProfilesTable{}
	return s, prepareAll(db, []statement{
		{&s.selectProfileStmt, selectProfileSQL},
		{&s.insertProfileStmt, insertProfileSQL},
	})
}

// SelectProfile returns the display name, or sql.ErrNoRows.
func (s *ProfilesTable) SelectProfile(ctx context.Context, txn *sql.Tx, localpart string) (string, error) {
	var name string
	err := txStmt(txn, s.selectProfileStmt).QueryRowContext(ctx, localpart).Scan(&name)
	return name, err
}

// InsertProfile stores a new profile.
func (s *ProfilesTable) InsertProfile(ctx context.Context, txn *sql.Tx, localpart, name string) error {
	_, err := txStmt(txn, s.insertProfileStmt).ExecContext(ctx, localpart, name)
	return err
}

// Profile returns the user's display name, creating a profile with the
// default name the first time.
func Profile(ctx context.Context, t *ProfilesTable, localpart string) (string, error) {
	name, err := t.SelectProfile(ctx, nil, localpart)
	if errors.Is(err, sql.ErrNoRows) {
		if err = t.InsertProfile(ctx, nil, localpart, localpart); err != nil {
			return "", err
		}
		return localpart, nil
	}
	return name, err
}
