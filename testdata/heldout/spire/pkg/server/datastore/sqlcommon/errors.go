// Package sqlcommon reproduces pkg/server/datastore/sqlcommon (errors.go and
// constraint.go verbatim; config.go trimmed).
package sqlcommon

import (
	"errors"
	"fmt"

	"github.com/go-sql-driver/mysql"
	"github.com/lib/pq"
)

const (
	datastoreSQLErrorPrefix        = "datastore-sql"
	datastoreValidationErrorPrefix = "datastore-validation"
)

type SQLError struct {
	err error
	msg string
}

func (s *SQLError) Error() string {
	if s == nil {
		return ""
	}
	if s.err != nil {
		return fmt.Sprintf("%s: %s", datastoreSQLErrorPrefix, s.err)
	}
	return fmt.Sprintf("%s: %s", datastoreSQLErrorPrefix, s.msg)
}

func (s *SQLError) Unwrap() error {
	if s == nil {
		return nil
	}
	return s.err
}

type ValidationError struct {
	err error
	msg string
}

func (v *ValidationError) Error() string {
	if v == nil {
		return ""
	}
	if v.err != nil {
		return fmt.Sprintf("%s: %s", datastoreValidationErrorPrefix, v.err)
	}
	return fmt.Sprintf("%s: %s", datastoreValidationErrorPrefix, v.msg)
}

func (v *ValidationError) Unwrap() error {
	if v == nil {
		return nil
	}
	return v.err
}

func NewSQLError(fmtMsg string, args ...any) error {
	return &SQLError{msg: fmt.Sprintf(fmtMsg, args...)}
}

func NewWrappedSQLError(err error) error {
	if err == nil {
		return nil
	}
	return &SQLError{err: err}
}

func NewValidationError(fmtMsg string, args ...any) error {
	return &ValidationError{msg: fmt.Sprintf(fmtMsg, args...)}
}

// IsPostgresConstraintViolation reproduces sqlcommon/constraint.go:10.
func IsPostgresConstraintViolation(err error) bool {
	var e *pq.Error
	ok := errors.As(err, &e)
	// "23xxx" is the constraint violation class for PostgreSQL
	return ok && e.Code.Class() == "23"
}

// IsMySQLConstraintViolation reproduces sqlcommon/constraint.go:17.
func IsMySQLConstraintViolation(err error) bool {
	var e *mysql.MySQLError
	ok := errors.As(err, &e)
	return ok && e.Number == 1062 // ER_DUP_ENTRY
}

// Configuration reproduces sqlcommon/config.go, trimmed.
type Configuration struct {
	DatabaseType       string
	ConnectionString   string
	RoConnectionString string
	DisableMigration   bool
}
