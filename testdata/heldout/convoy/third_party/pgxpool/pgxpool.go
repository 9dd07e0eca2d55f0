// Package pgxpool is a stand-in for github.com/jackc/pgx/v5/pgxpool, which
// lives in the pgx/v5 module but needs github.com/jackc/puddle/v2, not in the
// held-out module's go.sum. Only the methods convoy calls are provided; each
// one is served by a single *pgx.Conn instead of a pool.
package pgxpool

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

type Pool struct {
	conn *pgx.Conn
}

func New(ctx context.Context, connString string) (*Pool, error) {
	conn, err := pgx.Connect(ctx, connString)
	if err != nil {
		return nil, err
	}
	return &Pool{conn: conn}, nil
}

func (p *Pool) Begin(ctx context.Context) (pgx.Tx, error) {
	return p.conn.Begin(ctx)
}

func (p *Pool) Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error) {
	return p.conn.Exec(ctx, sql, arguments...)
}

func (p *Pool) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	return p.conn.Query(ctx, sql, args...)
}

func (p *Pool) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row {
	return p.conn.QueryRow(ctx, sql, args...)
}
