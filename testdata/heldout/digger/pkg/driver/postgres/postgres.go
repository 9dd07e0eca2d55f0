// Package postgres is a minimal stand-in for gorm.io/driver/postgres (the
// GORM dialect digger opens in backend/models/setup.go). Only Open is
// reproduced; the dialector does not talk to a database.
package postgres

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/schema"
)

// Dialector mirrors postgres.Dialector.
type Dialector struct {
	DSN string
}

// Open mirrors postgres.Open.
func Open(dsn string) gorm.Dialector {
	return &Dialector{DSN: dsn}
}

func (d Dialector) Name() string { return "postgres" }

func (d Dialector) Initialize(db *gorm.DB) error { return nil }

func (d Dialector) Migrator(db *gorm.DB) gorm.Migrator { return nil }

func (d Dialector) DataTypeOf(field *schema.Field) string { return string(field.DataType) }

func (d Dialector) DefaultValueOf(field *schema.Field) clause.Expression {
	return clause.Expr{SQL: "DEFAULT"}
}

func (d Dialector) BindVarTo(writer clause.Writer, stmt *gorm.Statement, v interface{}) {
	writer.WriteByte('$')
	writer.WriteString("?")
}

func (d Dialector) QuoteTo(writer clause.Writer, str string) {
	writer.WriteByte('"')
	writer.WriteString(str)
	writer.WriteByte('"')
}

func (d Dialector) Explain(sql string, vars ...interface{}) string { return sql }
