// Statements prepared once into struct fields (in the constructor), then
// run by the methods: the SQL comes from the Prepare call.
package prepared_fields

import (
	"context"
	"database/sql"
	"errors"
)

const (
	selectAliasSQL = "SELECT room_id FROM room_aliases WHERE alias = $1"
	insertAliasSQL = "INSERT INTO room_aliases (alias, room_id) VALUES ($1, $2)"
)

type Aliases struct {
	selectStmt *sql.Stmt
	insertStmt *sql.Stmt
}

// NewAliases prepares the statements.
func NewAliases(db *sql.DB) (*Aliases, error) {
	s := &Aliases{}
	var err error
	if s.selectStmt, err = db.Prepare(selectAliasSQL); err != nil {
		return nil, err
	}
	if s.insertStmt, err = db.Prepare(insertAliasSQL); err != nil {
		return nil, err
	}
	return s, nil
}

// Claim returns the room the alias points to, pointing it at roomID
// when it is free.
func (s *Aliases) Claim(ctx context.Context, alias, roomID string) (string, error) {
	var current string
	err := s.selectStmt.QueryRowContext(ctx, alias).Scan(&current)
	if errors.Is(err, sql.ErrNoRows) {
		_, err = s.insertStmt.ExecContext(ctx, alias, roomID)
		return roomID, err
	}
	return current, err
}
