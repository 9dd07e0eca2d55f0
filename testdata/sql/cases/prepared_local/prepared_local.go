// Statements prepared into fields, bound to the caller's transaction in a
// local first (stmt := txStmt(txn, s.selectTokenStmt)), an existence
// method that answers with a bool, and a table whose only key is its
// PRIMARY KEY, declared in a Go string (dendrite's registration tokens).
package prepared_local

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

const tokensSchema = `
CREATE TABLE IF NOT EXISTS registration_tokens (
	token TEXT PRIMARY KEY,
	uses_allowed BIGINT
);
`

const selectTokenSQL = "" +
	"SELECT token FROM registration_tokens WHERE token = $1"

const insertTokenSQL = "" +
	"INSERT INTO registration_tokens (token, uses_allowed) VALUES ($1, $2)"

// txStmt binds a statement to the transaction, when there is one.
func txStmt(txn *sql.Tx, stmt *sql.Stmt) *sql.Stmt {
	if txn != nil {
		return txn.Stmt(stmt)
	}
	return stmt
}

// TokensTable holds the prepared statements.
type TokensTable struct {
	selectTokenStmt *sql.Stmt
	insertTokenStmt *sql.Stmt
}

// NewTokensTable prepares the statements.
func NewTokensTable(db *sql.DB) (*TokensTable, error) {
	s := &TokensTable{}
	var err error
	if s.selectTokenStmt, err = db.Prepare(selectTokenSQL); err != nil {
		return nil, err
	}
	if s.insertTokenStmt, err = db.Prepare(insertTokenSQL); err != nil {
		return nil, err
	}
	return s, nil
}

// TokenExists reports whether the token is there.
func (s *TokensTable) TokenExists(ctx context.Context, txn *sql.Tx, token string) (bool, error) {
	var existing string
	stmt := txStmt(txn, s.selectTokenStmt)
	err := stmt.QueryRowContext(ctx, token).Scan(&existing)
	if err != nil {
		if err == sql.ErrNoRows {
			return false, nil
		}
		return false, err
	}
	return true, nil
}

// InsertToken stores a new token.
func (s *TokensTable) InsertToken(ctx context.Context, txn *sql.Tx, token string, uses int64) error {
	stmt := txStmt(txn, s.insertTokenStmt)
	_, err := stmt.ExecContext(ctx, token, uses)
	return err
}

// CreateToken refuses a token that exists, else stores it.
func (s *TokensTable) CreateToken(ctx context.Context, token string, uses int64) (bool, error) {
	exists, err := s.TokenExists(ctx, nil, token)
	if err != nil {
		return false, err
	}
	if exists {
		return false, fmt.Errorf("token: %s already exists", token)
	}
	if err := s.InsertToken(ctx, nil, token, uses); err != nil {
		return false, errors.New("error creating token: " + err.Error())
	}
	return true, nil
}

// UseToken guards an update: nothing to report.
func (s *TokensTable) UseToken(ctx context.Context, db *sql.DB, token string) error {
	exists, err := s.TokenExists(ctx, nil, token)
	if err != nil || !exists {
		return err
	}
	_, err = db.ExecContext(ctx, "UPDATE registration_tokens SET uses_allowed = uses_allowed - 1 WHERE token = $1", token)
	return err
}
