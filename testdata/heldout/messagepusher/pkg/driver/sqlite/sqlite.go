// Package sqlite is a minimal stand-in for gorm.io/driver/sqlite (v1.4.3 upstream): only Open,
// returning a gorm.Dialector, as used by model.InitDB. The ORM itself is the real gorm.io/gorm.
package sqlite

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/schema"
)

// Dialector is the sqlite gorm dialector.
type Dialector struct{ DSN string }

// Open returns a dialector for the DSN.
func Open(dsn string) gorm.Dialector { return &Dialector{DSN: dsn} }

func (d *Dialector) Name() string                    { return "sqlite" }
func (d *Dialector) Initialize(*gorm.DB) error       { return nil }
func (d *Dialector) Migrator(*gorm.DB) gorm.Migrator { return nil }
func (d *Dialector) DataTypeOf(*schema.Field) string { return "" }
func (d *Dialector) DefaultValueOf(*schema.Field) clause.Expression {
	return clause.Expr{SQL: "DEFAULT"}
}
func (d *Dialector) BindVarTo(writer clause.Writer, stmt *gorm.Statement, v interface{}) {
	_ = writer.WriteByte('?')
}
func (d *Dialector) QuoteTo(writer clause.Writer, str string)       { _, _ = writer.WriteString(str) }
func (d *Dialector) Explain(sql string, vars ...interface{}) string { return sql }
