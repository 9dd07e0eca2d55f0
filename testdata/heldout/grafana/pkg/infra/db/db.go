// Package db reproduces, trimmed, Grafana's pkg/infra/db: the DB interface
// that every service store receives, implemented by *sqlstore.SQLStore.
package db

import (
	"context"

	"xorm.io/xorm"

	"example.com/heldout/grafana/pkg/services/sqlstore"
	"example.com/heldout/grafana/pkg/services/sqlstore/migrator"
)

type DB interface {
	// WithTransactionalDbSession creates a new SQL transaction or uses an
	// existing transaction if one exists inside the context.
	WithTransactionalDbSession(ctx context.Context, callback sqlstore.DBTransactionFunc) error
	// WithDbSession runs a function with access to a session, reusing the
	// transaction of the context when there is one.
	WithDbSession(ctx context.Context, callback sqlstore.DBTransactionFunc) error
	// InTransaction creates a new SQL transaction that is placed on the context.
	InTransaction(ctx context.Context, fn func(ctx context.Context) error) error
	GetDialect() migrator.Dialect
	GetDBType() string
	GetEngine() *xorm.Engine
	Quote(value string) string
}

type Session = sqlstore.DBSession

var _ DB = (*sqlstore.SQLStore)(nil)
