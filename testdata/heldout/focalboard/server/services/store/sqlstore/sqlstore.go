// Package sqlstore reproduces
// github.com/mattermost/focalboard/server/services/store/sqlstore, trimmed:
// database/sql through the squirrel query builder, on PostgreSQL, MySQL or
// SQLite.
package sqlstore

import (
	"database/sql"
	"embed"

	sq "github.com/Masterminds/squirrel"

	"example.com/heldout/focalboard/server/model"

	"example.com/heldout/focalboard/pkg/mlog"
)

// Assets holds the schema migrations, copied verbatim from
// server/services/store/sqlstore/migrations/*.up.sql (morph templates;
// migrate.go:31-32 embeds them the same way).
//
//go:embed migrations/*.sql
var Assets embed.FS

// SQLStore is a SQL database (sqlstore.go:20).
type SQLStore struct {
	db            *sql.DB
	dbType        string
	tablePrefix   string
	logger        mlog.LoggerIFace
	isBinaryParam bool
}

// Params reproduces sqlstore/params.go, trimmed.
type Params struct {
	DBType      string
	DB          *sql.DB
	TablePrefix string
	Logger      mlog.LoggerIFace
}

// New creates a new SQL implementation of the store (sqlstore.go:40;
// migrations and binary-param detection dropped).
func New(params Params) (*SQLStore, error) {
	store := &SQLStore{
		db:          params.DB,
		dbType:      params.DBType,
		tablePrefix: params.TablePrefix,
		logger:      params.Logger,
	}
	return store, nil
}

// getQueryBuilder reproduces sqlstore.go:126.
func (s *SQLStore) getQueryBuilder(db sq.BaseRunner) sq.StatementBuilderType {
	builder := sq.StatementBuilder
	if s.dbType == model.PostgresDBType || s.dbType == model.SqliteDBType {
		builder = builder.PlaceholderFormat(sq.Dollar)
	}

	return builder.RunWith(db)
}

// escapeField reproduces sqlstore.go:135.
func (s *SQLStore) escapeField(fieldName string) string { //nolint:unparam
	if s.dbType == model.MysqlDBType {
		return "`" + fieldName + "`"
	}
	if s.dbType == model.PostgresDBType || s.dbType == model.SqliteDBType {
		return "\"" + fieldName + "\""
	}
	return fieldName
}
