// Package stdlib is a minimal stand-in for github.com/jackc/pgx/v5/stdlib
// (the real package imports pgxpool and so github.com/jackc/puddle/v2, which
// is not in the held-out module's go.sum). Only the *Conn type that
// server/db.go unwraps from database/sql's driver connection is kept.
package stdlib

import "github.com/jackc/pgx/v5"

// Conn is the database/sql driver connection wrapping a *pgx.Conn.
type Conn struct {
	conn *pgx.Conn
}

// Conn returns the underlying *pgx.Conn.
func (c *Conn) Conn() *pgx.Conn { return c.conn }
