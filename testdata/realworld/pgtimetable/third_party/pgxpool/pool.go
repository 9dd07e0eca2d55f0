// Package pgxpool is a stand-in for github.com/jackc/pgx/v5/pgxpool: the
// corpus module's go.sum has no entry for github.com/jackc/puddle/v2, which
// the real package imports. Pool keeps the methods pg_timetable's PgxPoolIface
// uses and forwards them to a single *pgx.Conn.
package pgxpool

import (
	"context"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Pool is a stand-in for *pgxpool.Pool.
type Pool struct {
	conn *pgx.Conn
}

// New connects to connString.
func New(ctx context.Context, connString string) (*Pool, error) {
	conn, err := pgx.Connect(ctx, connString)
	if err != nil {
		return nil, err
	}
	return &Pool{conn: conn}, nil
}

func (p *Pool) Begin(ctx context.Context) (pgx.Tx, error) { return p.conn.Begin(ctx) }

func (p *Pool) BeginTx(ctx context.Context, txOptions pgx.TxOptions) (pgx.Tx, error) {
	return p.conn.BeginTx(ctx, txOptions)
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

func (p *Pool) CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error) {
	return p.conn.CopyFrom(ctx, tableName, columnNames, rowSrc)
}

func (p *Pool) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults {
	return p.conn.SendBatch(ctx, b)
}

func (p *Pool) Ping(ctx context.Context) error { return p.conn.Ping(ctx) }

func (p *Pool) Close() { _ = p.conn.Close(context.Background()) }
