package storage

import (
	"context"
	"database/sql"
	"time"

	"github.com/jmoiron/sqlx"
)

// Upstream uses github.com/rpadovani/sqlx-v2, a fork of github.com/jmoiron/sqlx
// with the same API; the reproduction builds against jmoiron/sqlx.

// SQLXDB represents a *sqlx.DB allowing for mocks.
// upstream internal/storage/types.go:12
type SQLXDB interface {
	SQLXConnection

	Beginx() (tx SQLXTx, err error)
	BeginTxx(ctx context.Context, opts *sql.TxOptions) (tx SQLXTx, err error)

	Ping() (err error)
	Close() (err error)
}

// SQLXTx is a SQLXConnection which represents a transaction.
type SQLXTx interface {
	SQLXConnection

	Commit() (err error)
	Rollback() (err error)
}

// SQLXConnection is a *sqlx.DB or *sqlx.Tx.
type SQLXConnection interface {
	sqlx.Execer
	sqlx.ExecerContext

	sqlx.Preparer
	sqlx.PreparerContext

	sqlx.Queryer
	sqlx.QueryerContext

	sqlx.Ext
	sqlx.ExtContext

	Rebind(query string) (rebound string)

	Select(dest any, query string, args ...any) (err error)
	SelectContext(ctx context.Context, dest any, query string, args ...any) (err error)

	Get(dest any, query string, args ...any) (err error)
	GetContext(ctx context.Context, dest any, query string, args ...any) (err error)
}

// SQLXWrapDB wraps a sqlx.DB so it satisfies the SQLXConnection interface.
// upstream internal/storage/types.go:69
type SQLXWrapDB struct {
	*sqlx.DB
}

// Beginx begins a transaction.
func (db *SQLXWrapDB) Beginx() (tx SQLXTx, err error) {
	return db.DB.Beginx()
}

// BeginTxx begins a transaction with the given context and options.
func (db *SQLXWrapDB) BeginTxx(ctx context.Context, opts *sql.TxOptions) (tx SQLXTx, err error) {
	return db.DB.BeginTxx(ctx, opts)
}

type banExpiresExpired struct {
	Expires sql.NullTime `db:"expires"`
	Expired sql.NullTime `db:"expired"`
	Revoked bool         `db:"revoked"`
}

func (b *banExpiresExpired) Expiration() time.Time {
	if b.Revoked && b.Expired.Valid {
		return b.Expired.Time
	}

	if b.Expires.Valid {
		return b.Expires.Time
	}

	return time.Unix(0, 0)
}

// EncryptionAAD returns the additional authenticated data for a value
// (upstream internal/storage/encryption_aad.go:8, the row-scoped variant).
type EncryptionAAD struct{}

// Get returns the AAD for a table, column and row.
func (EncryptionAAD) Get(table, column, row string) []byte {
	return []byte(table + ":" + column + ":" + row)
}

// GetIssuer returns the AAD for a table, column, row and issuer.
func (EncryptionAAD) GetIssuer(table, column, row, issuer string) []byte {
	return []byte(table + ":" + column + ":" + row + ":" + issuer)
}
