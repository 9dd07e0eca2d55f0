// Package sqlite is a stand-in for github.com/libtnb/sqlite (a pure-Go GORM
// SQLite dialector over modernc.org/sqlite). Only the API shape used by evcc
// (Open(dsn) gorm.Dialector) is reproduced; it does not talk to SQLite.
package sqlite

import (
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/migrator"
	"gorm.io/gorm/schema"
)

type Dialector struct {
	DSN string
}

func Open(dsn string) gorm.Dialector {
	return &Dialector{DSN: dsn}
}

func (d Dialector) Name() string { return "sqlite" }

func (d Dialector) Initialize(db *gorm.DB) error { return nil }

func (d Dialector) Migrator(db *gorm.DB) gorm.Migrator {
	return migrator.Migrator{Config: migrator.Config{DB: db, Dialector: d}}
}

func (d Dialector) DataTypeOf(field *schema.Field) string { return string(field.DataType) }

func (d Dialector) DefaultValueOf(field *schema.Field) clause.Expression {
	return clause.Expr{SQL: "NULL"}
}

func (d Dialector) BindVarTo(writer clause.Writer, stmt *gorm.Statement, v interface{}) {
	writer.WriteByte('?')
}

func (d Dialector) QuoteTo(writer clause.Writer, str string) {
	writer.WriteString("`" + strings.ReplaceAll(str, "`", "``") + "`")
}

func (d Dialector) Explain(sql string, vars ...interface{}) string { return sql }
