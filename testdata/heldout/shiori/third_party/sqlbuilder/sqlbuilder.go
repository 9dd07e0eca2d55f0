// Package sqlbuilder is a tiny stand-in for github.com/huandu/go-sqlbuilder with
// only the API subset shiori uses in the reproduced code. It renders "?"
// placeholders (the caller Rebinds them), or $n for the PostgreSQL flavor.
package sqlbuilder

import (
	"fmt"
	"strings"
)

// Flavor is the SQL dialect.
type Flavor int

// Supported flavors.
const (
	MySQL Flavor = iota + 1
	PostgreSQL
	SQLite
)

// DefaultFlavor is used by the package-level New*Builder functions.
var DefaultFlavor = MySQL

// JoinOption is the kind of a JOIN.
type JoinOption string

// Join options.
const (
	InnerJoin JoinOption = "INNER"
	LeftJoin  JoinOption = "LEFT"
	RightJoin JoinOption = "RIGHT"
)

type cond struct {
	args []interface{}
}

func (c *cond) Var(v interface{}) string {
	c.args = append(c.args, v)
	return "?"
}

// Equal renders "field = ?".
func (c *cond) Equal(field string, value interface{}) string {
	return field + " = " + c.Var(value)
}

// In renders "field IN (?, ...)".
func (c *cond) In(field string, values ...interface{}) string {
	ph := make([]string, 0, len(values))
	for _, v := range values {
		ph = append(ph, c.Var(v))
	}
	return field + " IN (" + strings.Join(ph, ", ") + ")"
}

// IsNotNull renders "field IS NOT NULL".
func (c *cond) IsNotNull(field string) string { return field + " IS NOT NULL" }

// And joins expressions with AND.
func (c *cond) And(exprs ...string) string {
	return "(" + strings.Join(exprs, " AND ") + ")"
}

func finish(flavor Flavor, query string, args []interface{}) (string, []interface{}) {
	if flavor != PostgreSQL {
		return query, args
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), args
}

// SelectBuilder builds a SELECT.
type SelectBuilder struct {
	cond
	flavor  Flavor
	cols    []string
	table   string
	joins   []string
	wheres  []string
	groupBy []string
	orderBy []string
	limit   int
}

// NewSelectBuilder creates a SELECT builder of the default flavor.
func NewSelectBuilder() *SelectBuilder { return DefaultFlavor.NewSelectBuilder() }

// NewSelectBuilder creates a SELECT builder of this flavor.
func (f Flavor) NewSelectBuilder() *SelectBuilder { return &SelectBuilder{flavor: f, limit: -1} }

// Select sets the columns.
func (sb *SelectBuilder) Select(col ...string) *SelectBuilder { sb.cols = col; return sb }

// From sets the table.
func (sb *SelectBuilder) From(table string) *SelectBuilder { sb.table = table; return sb }

// JoinWithOption adds a JOIN.
func (sb *SelectBuilder) JoinWithOption(option JoinOption, table string, onExpr ...string) *SelectBuilder {
	sb.joins = append(sb.joins, fmt.Sprintf("%s JOIN %s ON %s", option, table, strings.Join(onExpr, " AND ")))
	return sb
}

// Where adds WHERE expressions.
func (sb *SelectBuilder) Where(andExpr ...string) *SelectBuilder {
	sb.wheres = append(sb.wheres, andExpr...)
	return sb
}

// GroupBy sets GROUP BY.
func (sb *SelectBuilder) GroupBy(col ...string) *SelectBuilder { sb.groupBy = col; return sb }

// OrderBy sets ORDER BY.
func (sb *SelectBuilder) OrderBy(col ...string) *SelectBuilder { sb.orderBy = col; return sb }

// Limit sets LIMIT.
func (sb *SelectBuilder) Limit(limit int) *SelectBuilder { sb.limit = limit; return sb }

// Build returns the SQL and its arguments.
func (sb *SelectBuilder) Build() (string, []interface{}) {
	q := "SELECT " + strings.Join(sb.cols, ", ") + " FROM " + sb.table
	for _, j := range sb.joins {
		q += " " + j
	}
	if len(sb.wheres) > 0 {
		q += " WHERE " + strings.Join(sb.wheres, " AND ")
	}
	if len(sb.groupBy) > 0 {
		q += " GROUP BY " + strings.Join(sb.groupBy, ", ")
	}
	if len(sb.orderBy) > 0 {
		q += " ORDER BY " + strings.Join(sb.orderBy, ", ")
	}
	if sb.limit >= 0 {
		q += fmt.Sprintf(" LIMIT %d", sb.limit)
	}
	return finish(sb.flavor, q, sb.args)
}

// InsertBuilder builds an INSERT.
type InsertBuilder struct {
	flavor Flavor
	table  string
	cols   []string
	values [][]interface{}
	raw    []string
}

// NewInsertBuilder creates an INSERT builder of the default flavor.
func NewInsertBuilder() *InsertBuilder { return DefaultFlavor.NewInsertBuilder() }

// NewInsertBuilder creates an INSERT builder of this flavor.
func (f Flavor) NewInsertBuilder() *InsertBuilder { return &InsertBuilder{flavor: f} }

// InsertInto sets the table.
func (ib *InsertBuilder) InsertInto(table string) *InsertBuilder { ib.table = table; return ib }

// Cols sets the columns.
func (ib *InsertBuilder) Cols(col ...string) *InsertBuilder { ib.cols = col; return ib }

// Values adds a row.
func (ib *InsertBuilder) Values(value ...interface{}) *InsertBuilder {
	ib.values = append(ib.values, value)
	return ib
}

// SQL appends raw SQL.
func (ib *InsertBuilder) SQL(sql string) *InsertBuilder { ib.raw = append(ib.raw, sql); return ib }

// String returns the SQL without arguments.
func (ib *InsertBuilder) String() string {
	q, _ := ib.Build()
	return q
}

// Build returns the SQL and its arguments.
func (ib *InsertBuilder) Build() (string, []interface{}) {
	if ib.table == "" {
		return strings.Join(ib.raw, " "), nil
	}
	var args []interface{}
	rows := make([]string, 0, len(ib.values))
	for _, row := range ib.values {
		ph := make([]string, 0, len(row))
		for _, v := range row {
			args = append(args, v)
			ph = append(ph, "?")
		}
		rows = append(rows, "("+strings.Join(ph, ", ")+")")
	}
	q := "INSERT INTO " + ib.table + " (" + strings.Join(ib.cols, ", ") + ") VALUES " + strings.Join(rows, ", ")
	return finish(ib.flavor, q, args)
}

// DeleteBuilder builds a DELETE.
type DeleteBuilder struct {
	cond
	flavor Flavor
	table  string
	wheres []string
}

// NewDeleteBuilder creates a DELETE builder of the default flavor.
func NewDeleteBuilder() *DeleteBuilder { return DefaultFlavor.NewDeleteBuilder() }

// NewDeleteBuilder creates a DELETE builder of this flavor.
func (f Flavor) NewDeleteBuilder() *DeleteBuilder { return &DeleteBuilder{flavor: f} }

// DeleteFrom sets the table.
func (db *DeleteBuilder) DeleteFrom(table string) *DeleteBuilder { db.table = table; return db }

// Where adds WHERE expressions.
func (db *DeleteBuilder) Where(andExpr ...string) *DeleteBuilder {
	db.wheres = append(db.wheres, andExpr...)
	return db
}

// Build returns the SQL and its arguments.
func (db *DeleteBuilder) Build() (string, []interface{}) {
	q := "DELETE FROM " + db.table
	if len(db.wheres) > 0 {
		q += " WHERE " + strings.Join(db.wheres, " AND ")
	}
	return finish(db.flavor, q, db.args)
}
