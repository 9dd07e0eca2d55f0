// Package database is coderd/database reduced to what the catalogued sites
// use: the sqlc querier (sqlQuerier), the Store interface and InTx.
package database

import (
	"context"
	"database/sql"

	"example.com/realworld/coder/third_party/xerrors"
)

// DBTX is the sqlc DBTX interface.
type DBTX interface {
	ExecContext(context.Context, string, ...interface{}) (sql.Result, error)
	QueryContext(context.Context, string, ...interface{}) (*sql.Rows, error)
	QueryRowContext(context.Context, string, ...interface{}) *sql.Row
}

// Store contains all queryable database functions. It extends the generated
// interface to add transaction support (coderd/database/db.go).
type Store interface {
	sqlcQuerier

	InTx(func(Store) error, *TxOptions) error
}

// TxOptions is coderd/database/db.go TxOptions (reduced).
type TxOptions struct {
	// Isolation is the transaction isolation level. If zero, the driver
	// default (READ COMMITTED for PostgreSQL) is used.
	Isolation    sql.IsolationLevel
	ReadOnly     bool
	TxIdentifier string
}

// sqlQuerier is the sqlc Queries type, renamed by coder's generate script.
// Upstream holds a *sqlx.DB; plain database/sql here.
type sqlQuerier struct {
	sdb *sql.DB
	db  DBTX
}

// New creates a new database store using a SQL database connection
// (coderd/database/db.go New).
func New(sdb *sql.DB) Store {
	return &sqlQuerier{sdb: sdb, db: sdb}
}

// InTx performs database operations inside a transaction
// (coderd/database/db.go InTx; the serialization-failure retry loop of
// runTx is kept: it only retries on SQLSTATE 40001).
func (q *sqlQuerier) InTx(function func(Store) error, txOpts *TxOptions) error {
	if _, inTx := q.db.(*sql.Tx); inTx {
		// If we are already in a transaction, we don't need to start a new one.
		return function(q)
	}
	var opts *sql.TxOptions
	if txOpts != nil {
		opts = &sql.TxOptions{Isolation: txOpts.Isolation, ReadOnly: txOpts.ReadOnly}
	}
	var err error
	for attempts := 0; attempts < 3; attempts++ {
		err = q.runTx(function, opts)
		if err == nil || !IsSerializedError(err) {
			return err
		}
	}
	return xerrors.Errorf("transaction failed after 3 attempts: %w", err)
}

func (q *sqlQuerier) runTx(function func(Store) error, txOpts *sql.TxOptions) error {
	transaction, err := q.sdb.BeginTx(context.Background(), txOpts)
	if err != nil {
		return xerrors.Errorf("begin transaction: %w", err)
	}
	defer func() {
		_ = transaction.Rollback()
	}()
	err = function(&sqlQuerier{sdb: q.sdb, db: transaction})
	if err != nil {
		return xerrors.Errorf("execute transaction: %w", err)
	}
	err = transaction.Commit()
	if err != nil {
		return xerrors.Errorf("commit transaction: %w", err)
	}
	return nil
}
