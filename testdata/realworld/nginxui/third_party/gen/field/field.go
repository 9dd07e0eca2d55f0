// Package field reproduces gorm.io/gen v0.3.28 field (go-gorm/gen 2bb58e137cd6),
// reduced to the column types and operators used by the nginx-ui queries
// (generic Chars/Number fields written as concrete types).
package field

import (
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// AssignExpr is field/expr.go:16.
type AssignExpr interface {
	Expr

	AssignExpr() expression
}

// Expr is field/expr.go:23: a query expression about field.
type Expr interface {
	// Clause Expression interface
	Build(clause.Builder)

	IColumnName
	BuildColumn(*gorm.Statement, ...BuildOpt) sql
	RawExpr() expression

	// implement Condition
	BeCond() interface{}
	CondError() error
}

// expression is field/expr.go (go-gorm/gen v0.3.28).
type expression interface{}

// IColumnName is field/expr.go:59.
type IColumnName interface {
	ColumnName() sql
}

// sql is field/expr.go (go-gorm/gen v0.3.28).
type sql string

// String is field/expr.go (go-gorm/gen v0.3.28).
func (e sql) String() string { return string(e) }

// BuildOpt is field/expr.go:91: build option.
type BuildOpt uint

// Build options, field/expr.go:93.
const (
	// WithTable build column with table
	WithTable BuildOpt = iota

	// WithAll build column with table and alias
	WithAll

	// WithoutQuote build column without quote
	WithoutQuote
)

// expr is field/expr.go (go-gorm/gen v0.3.28).
type expr struct {
	col clause.Column

	e clause.Expression
}

// BeCond is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) BeCond() interface{} { return e.expression() }

// CondError is field/expr.go (go-gorm/gen v0.3.28).
func (expr) CondError() error { return nil }

// AssignExpr is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) AssignExpr() expression {
	return e.expression()
}

// expression is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) expression() clause.Expression {
	if e.e == nil {
		return clause.NamedExpr{SQL: "?", Vars: []interface{}{e.col}}
	}
	return e.e
}

// ColumnName is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) ColumnName() sql { return sql(e.col.Name) }

// BuildColumn is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) BuildColumn(stmt *gorm.Statement, opts ...BuildOpt) sql {
	col := clause.Column{Name: e.col.Name}
	for _, opt := range opts {
		if opt == WithTable || opt == WithAll {
			col.Table = e.col.Table
		}
	}
	return sql(stmt.Quote(col))
}

// Build is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) Build(builder clause.Builder) {
	if e.e == nil {
		if stmt, ok := builder.(*gorm.Statement); ok {
			builder.WriteString(string(e.BuildColumn(stmt, WithAll)))
			return
		}
	}

	e.e.Build(builder)
}

// RawExpr is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) RawExpr() expression {
	if e.e == nil {
		return e.col
	}
	return e.e
}

// setE is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) setE(expression clause.Expression) expr {
	e.e = expression
	return e
}

// eq is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) eq(value interface{}) expr {
	return e.setE(clause.Eq{Column: e.RawExpr(), Value: value})
}

// neq is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) neq(value interface{}) expr {
	return e.setE(clause.Neq{Column: e.RawExpr(), Value: value})
}

// value is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) value(value interface{}) AssignExpr {
	return e.setE(clause.Eq{Column: e.col.Name, Value: value})
}

// add is field/expr.go (go-gorm/gen v0.3.28).
func (e expr) add(value interface{}) expr {
	return e.setE(clause.Expr{SQL: "?+?", Vars: []interface{}{e.RawExpr(), value}})
}

// Field is field/field.go: a field of any type.
type Field struct{ expr }

// Asterisk is field/asterisk.go.
type Asterisk struct{ expr }

// String is field/string.go: string type field.
type String struct{ expr }

// Eq equal to.
func (field String) Eq(value string) Expr { return field.eq(value) }

// Neq not equal to.
func (field String) Neq(value string) Expr { return field.neq(value) }

// Value set value.
func (field String) Value(value string) AssignExpr { return field.value(value) }

// Uint64 is field/number.go: uint64 type field.
type Uint64 struct{ expr }

// Eq equal to.
func (field Uint64) Eq(value uint64) Expr { return field.eq(value) }

// Neq not equal to.
func (field Uint64) Neq(value uint64) Expr { return field.neq(value) }

// Int is field/number.go: int type field.
type Int struct{ expr }

// Eq equal to.
func (field Int) Eq(value int) Expr { return field.eq(value) }

// Add is field/number.go: `col + value`.
func (field Int) Add(value int) AssignExpr { return field.add(value) }

// Int64 is field/number.go: int64 type field.
type Int64 struct{ expr }

// Eq equal to.
func (field Int64) Eq(value int64) Expr { return field.eq(value) }

// Bool is field/bool.go: boolean type field.
type Bool struct{ expr }

// Is is field/bool.go Is.
func (field Bool) Is(value bool) Expr { return field.eq(value) }

// Value set value.
func (field Bool) Value(value bool) AssignExpr { return field.value(value) }

// Time is field/time.go: time type field.
type Time struct{ expr }

// NewAsterisk is field/export.go.
func NewAsterisk(table string) Asterisk {
	return Asterisk{expr{col: clause.Column{Table: table, Name: "*", Raw: true}}}
}

// NewField is field/export.go.
func NewField(table, column string) Field {
	return Field{expr{col: clause.Column{Table: table, Name: column}}}
}

// NewString is field/export.go.
func NewString(table, column string) String {
	return String{expr{col: clause.Column{Table: table, Name: column}}}
}

// NewUint64 is field/export.go.
func NewUint64(table, column string) Uint64 {
	return Uint64{expr{col: clause.Column{Table: table, Name: column}}}
}

// NewInt is field/export.go.
func NewInt(table, column string) Int {
	return Int{expr{col: clause.Column{Table: table, Name: column}}}
}

// NewInt64 is field/export.go.
func NewInt64(table, column string) Int64 {
	return Int64{expr{col: clause.Column{Table: table, Name: column}}}
}

// NewBool is field/export.go.
func NewBool(table, column string) Bool {
	return Bool{expr{col: clause.Column{Table: table, Name: column}}}
}

// NewTime is field/export.go.
func NewTime(table, column string) Time {
	return Time{expr{col: clause.Column{Table: table, Name: column}}}
}

// attrs is field/assign_attr.go: assign a whole struct or map.
type attrs struct {
	expr

	value interface{}
}

// AssignExpr is field/expr.go (go-gorm/gen v0.3.28).
func (att *attrs) AssignExpr() expression { return att.value }

// Attrs is field/assign_attr.go Attrs.
func Attrs(attr interface{}) AssignExpr {
	return &attrs{value: attr}
}
