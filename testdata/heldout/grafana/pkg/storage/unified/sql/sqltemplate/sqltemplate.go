// Package sqltemplate is a minimal stand-in for Grafana's own
// pkg/storage/unified/sql/sqltemplate (text/template SQL rendering with
// {{ .Ident }} and {{ .Arg }} helpers that collect bind arguments).
package sqltemplate

import (
	"strings"
	"text/template"
)

type Dialect interface {
	Ident(string) (string, error)
	ArgPlaceholder(argNum int) string
}

type standardIdent struct {
	quote    string
	postgres bool
}

func (d standardIdent) Ident(s string) (string, error) { return d.quote + s + d.quote, nil }

func (d standardIdent) ArgPlaceholder(argNum int) string {
	if d.postgres {
		return "$" + itoa(argNum)
	}
	return "?"
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}

var (
	MySQL      Dialect = standardIdent{quote: "`"}
	SQLite     Dialect = standardIdent{quote: `"`}
	PostgreSQL Dialect = standardIdent{quote: `"`, postgres: true}
)

func DialectForDriver(driverName string) Dialect {
	switch strings.ToLower(driverName) {
	case "mysql":
		return MySQL
	case "postgres", "pgx":
		return PostgreSQL
	default:
		return SQLite
	}
}

// SQLTemplate is embedded by every query struct; templates call .Ident and
// .Arg on it.
type SQLTemplate interface {
	Ident(string) (string, error)
	Arg(x any) string
	GetArgs() []any
	Validate() error
}

type sqlTemplate struct {
	dialect Dialect
	args    []any
}

func New(d Dialect) SQLTemplate {
	return &sqlTemplate{dialect: d}
}

func (t *sqlTemplate) Ident(s string) (string, error) { return t.dialect.Ident(s) }

func (t *sqlTemplate) Arg(x any) string {
	t.args = append(t.args, x)
	return t.dialect.ArgPlaceholder(len(t.args))
}

func (t *sqlTemplate) GetArgs() []any { return t.args }

func (t *sqlTemplate) Validate() error { return nil }

// Execute renders the template with data and returns the SQL text; the bind
// arguments are collected in data's embedded SQLTemplate.
func Execute(t *template.Template, data any) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	return b.String(), nil
}
