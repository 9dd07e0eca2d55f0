// Package migrator is a trimmed reproduction of Grafana's
// pkg/services/sqlstore/migrator: only the driver names and the parts of the
// Dialect interface that the reproduced stores call.
package migrator

import (
	"strings"

	"xorm.io/xorm"
)

const (
	Postgres = "postgres"
	SQLite   = "sqlite3"
	MySQL    = "mysql"
	YDB      = "ydb"
)

// Dialect (trimmed) — upstream pkg/services/sqlstore/migrator/dialect.go.
type Dialect interface {
	DriverName() string
	Quote(string) string
	BooleanValue(bool) any
	BooleanStr(bool) string
	IsUniqueConstraintViolation(err error) bool
	PreInsertId(table string, sess *xorm.Session) error
	PostInsertId(table string, sess *xorm.Session) error
}

type BaseDialect struct {
	driverName string
}

// NewDialect returns the dialect for a driver name (trimmed: one generic
// implementation instead of the per-database ones).
func NewDialect(driverName string) Dialect {
	return &BaseDialect{driverName: driverName}
}

func (b *BaseDialect) DriverName() string { return b.driverName }

func (b *BaseDialect) Quote(name string) string {
	if b.driverName == MySQL {
		return "`" + name + "`"
	}
	return "\"" + name + "\""
}

func (b *BaseDialect) BooleanValue(value bool) any {
	if b.driverName == Postgres {
		return value
	}
	if value {
		return 1
	}
	return 0
}

func (b *BaseDialect) BooleanStr(value bool) string {
	if value {
		return "true"
	}
	return "false"
}

// IsUniqueConstraintViolation: upstream checks the driver error codes
// (sqlite3.ErrConstraintUnique, MySQL 1062, Postgres 23505).
func (b *BaseDialect) IsUniqueConstraintViolation(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "UNIQUE constraint failed") ||
		strings.Contains(msg, "Error 1062") ||
		strings.Contains(msg, "23505")
}

func (b *BaseDialect) PreInsertId(table string, sess *xorm.Session) error  { return nil }
func (b *BaseDialect) PostInsertId(table string, sess *xorm.Session) error { return nil }
