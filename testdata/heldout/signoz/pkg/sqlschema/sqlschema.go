// Package sqlschema reproduces, trimmed, github.com/SigNoz/signoz/pkg/sqlschema
// (table.go, column.go, constraint.go, index.go, operator.go, formatter.go;
// upstream pins an older bun whose schema.Formatter is schema.QueryGen here):
// the project's schema builder used by the migrations in pkg/sqlmigration.
// Only CREATE TABLE / CREATE INDEX / DROP INDEX generation is kept.
package sqlschema

import (
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/uptrace/bun/schema"
)

type TableName string

type ColumnName string

type DataType struct{ s string }

func (d DataType) String() string { return d.s }

var (
	DataTypeText      = DataType{s: "TEXT"}
	DataTypeBigInt    = DataType{s: "BIGINT"}
	DataTypeInteger   = DataType{s: "INTEGER"}
	DataTypeNumeric   = DataType{s: "NUMERIC"}
	DataTypeBoolean   = DataType{s: "BOOLEAN"}
	DataTypeTimestamp = DataType{s: "TIMESTAMP"}
)

type Column struct {
	Name     ColumnName
	DataType DataType
	Nullable bool
	Default  string
}

type PrimaryKeyConstraint struct {
	ColumnNames []ColumnName
}

type ForeignKeyConstraint struct {
	ReferencingColumnName ColumnName
	ReferencedTableName   TableName
	ReferencedColumnName  ColumnName
}

type Table struct {
	Name                  TableName
	Columns               []*Column
	PrimaryKeyConstraint  *PrimaryKeyConstraint
	ForeignKeyConstraints []*ForeignKeyConstraint
}

type SQLFormatter interface {
	AppendIdent(b []byte, ident string) []byte
}

type Formatter struct {
	bunf schema.QueryGen
}

func NewFormatter(dialect schema.Dialect) Formatter {
	return Formatter{bunf: schema.NewQueryGen(dialect)}
}

func (formatter Formatter) AppendIdent(b []byte, ident string) []byte {
	return formatter.bunf.AppendIdent(b, ident)
}

func (table *Table) ToCreateSQL(fmter SQLFormatter) []byte {
	sql := []byte{}
	sql = append(sql, "CREATE TABLE IF NOT EXISTS "...)
	sql = fmter.AppendIdent(sql, string(table.Name))
	sql = append(sql, " ("...)
	for i, column := range table.Columns {
		if i > 0 {
			sql = append(sql, ", "...)
		}
		sql = fmter.AppendIdent(sql, string(column.Name))
		sql = append(sql, " "...)
		sql = append(sql, column.DataType.String()...)
		if !column.Nullable {
			sql = append(sql, " NOT NULL"...)
		}
	}
	if table.PrimaryKeyConstraint != nil {
		sql = append(sql, ", CONSTRAINT "...)
		sql = fmter.AppendIdent(sql, "pk_"+string(table.Name))
		sql = append(sql, " PRIMARY KEY ("...)
		for i, column := range table.PrimaryKeyConstraint.ColumnNames {
			if i > 0 {
				sql = append(sql, ", "...)
			}
			sql = fmter.AppendIdent(sql, string(column))
		}
		sql = append(sql, ")"...)
	}
	for _, fk := range table.ForeignKeyConstraints {
		sql = append(sql, ", CONSTRAINT "...)
		sql = fmter.AppendIdent(sql, "fk_"+string(table.Name)+"_"+string(fk.ReferencingColumnName))
		sql = append(sql, " FOREIGN KEY ("...)
		sql = fmter.AppendIdent(sql, string(fk.ReferencingColumnName))
		sql = append(sql, ") REFERENCES "...)
		sql = fmter.AppendIdent(sql, string(fk.ReferencedTableName))
		sql = append(sql, " ("...)
		sql = fmter.AppendIdent(sql, string(fk.ReferencedColumnName))
		sql = append(sql, ")"...)
	}
	sql = append(sql, ")"...)
	return sql
}

type Index interface {
	Name() string
	ToCreateSQL(fmter SQLFormatter) []byte
	ToDropSQL(fmter SQLFormatter) []byte
}

// UniqueIndex reproduces pkg/sqlschema/index.go:55: named uq_<table>_<columns>.
type UniqueIndex struct {
	TableName   TableName
	ColumnNames []ColumnName
	name        string
}

func (index *UniqueIndex) Name() string {
	if index.name != "" {
		return index.name
	}
	cols := make([]string, len(index.ColumnNames))
	for i, c := range index.ColumnNames {
		cols[i] = string(c)
	}
	return "uq_" + string(index.TableName) + "_" + strings.Join(cols, "_")
}

func (index *UniqueIndex) Named(name string) Index {
	return &UniqueIndex{TableName: index.TableName, ColumnNames: index.ColumnNames, name: name}
}

func (index *UniqueIndex) ToCreateSQL(fmter SQLFormatter) []byte {
	sql := []byte{}

	sql = append(sql, "CREATE UNIQUE INDEX IF NOT EXISTS "...)
	sql = fmter.AppendIdent(sql, index.Name())
	sql = append(sql, " ON "...)
	sql = fmter.AppendIdent(sql, string(index.TableName))
	sql = append(sql, " ("...)

	for i, column := range index.ColumnNames {
		if i > 0 {
			sql = append(sql, ", "...)
		}

		sql = fmter.AppendIdent(sql, string(column))
	}

	sql = append(sql, ")"...)

	return sql
}

func (index *UniqueIndex) ToDropSQL(fmter SQLFormatter) []byte {
	sql := []byte{}
	sql = append(sql, "DROP INDEX IF EXISTS "...)
	sql = fmter.AppendIdent(sql, index.Name())
	return sql
}

// PartialUniqueIndex reproduces pkg/sqlschema/index.go:256: a unique index
// with a WHERE predicate, named puq_<table>_<columns>_<predicate hash>.
type PartialUniqueIndex struct {
	TableName   TableName
	ColumnNames []ColumnName
	Where       string
	name        string
}

func (index *PartialUniqueIndex) Name() string {
	if index.name != "" {
		return index.name
	}
	cols := make([]string, len(index.ColumnNames))
	for i, c := range index.ColumnNames {
		cols[i] = string(c)
	}
	hasher := fnv.New32a()
	_, _ = hasher.Write([]byte(strings.ToLower(strings.Join(strings.Fields(index.Where), " "))))
	return fmt.Sprintf("puq_%s_%s_%08x", index.TableName, strings.Join(cols, "_"), hasher.Sum32())
}

func (index *PartialUniqueIndex) ToCreateSQL(fmter SQLFormatter) []byte {
	sql := []byte{}

	sql = append(sql, "CREATE UNIQUE INDEX IF NOT EXISTS "...)
	sql = fmter.AppendIdent(sql, index.Name())
	sql = append(sql, " ON "...)
	sql = fmter.AppendIdent(sql, string(index.TableName))
	sql = append(sql, " ("...)

	for i, column := range index.ColumnNames {
		if i > 0 {
			sql = append(sql, ", "...)
		}

		sql = fmter.AppendIdent(sql, string(column))
	}

	sql = append(sql, ") WHERE "...)
	sql = append(sql, index.Where...)

	return sql
}

func (index *PartialUniqueIndex) ToDropSQL(fmter SQLFormatter) []byte {
	sql := []byte{}
	sql = append(sql, "DROP INDEX IF EXISTS "...)
	sql = fmter.AppendIdent(sql, index.Name())
	return sql
}

// UniqueIndexWithExpressions reproduces pkg/sqlschema/index.go:144: a
// functional unique index whose keys are SQL expressions emitted verbatim.
type UniqueIndexWithExpressions struct {
	TableName   TableName
	Expressions []string
	name        string
}

func (index *UniqueIndexWithExpressions) Name() string {
	if index.name != "" {
		return index.name
	}
	hasher := fnv.New32a()
	_, _ = hasher.Write([]byte(strings.ToLower(strings.Join(index.Expressions, "\x00"))))
	return fmt.Sprintf("uq_%s_%08x", index.TableName, hasher.Sum32())
}

func (index *UniqueIndexWithExpressions) ToCreateSQL(fmter SQLFormatter) []byte {
	sql := []byte{}

	sql = append(sql, "CREATE UNIQUE INDEX IF NOT EXISTS "...)
	sql = fmter.AppendIdent(sql, index.Name())
	sql = append(sql, " ON "...)
	sql = fmter.AppendIdent(sql, string(index.TableName))
	sql = append(sql, " ("...)

	for i, expr := range index.Expressions {
		if i > 0 {
			sql = append(sql, ", "...)
		}
		sql = append(sql, expr...)
	}

	sql = append(sql, ")"...)

	return sql
}

func (index *UniqueIndexWithExpressions) ToDropSQL(fmter SQLFormatter) []byte {
	sql := []byte{}
	sql = append(sql, "DROP INDEX IF EXISTS "...)
	sql = fmter.AppendIdent(sql, index.Name())
	return sql
}

// Operator reproduces pkg/sqlschema/operator.go (CreateTable :33,
// CreateIndex :165, DropIndex :169).
type Operator struct {
	fmter SQLFormatter
}

func NewOperator(fmter SQLFormatter) *Operator { return &Operator{fmter: fmter} }

func (operator *Operator) CreateTable(table *Table) [][]byte {
	return [][]byte{table.ToCreateSQL(operator.fmter)}
}

func (operator *Operator) CreateIndex(index Index) [][]byte {
	return [][]byte{index.ToCreateSQL(operator.fmter)}
}

func (operator *Operator) DropIndex(index Index) [][]byte {
	return [][]byte{index.ToDropSQL(operator.fmter)}
}

// SQLSchema reproduces pkg/sqlschema/sqlschema.go:9 (inspection trimmed).
type SQLSchema interface {
	Operator() *Operator
}
