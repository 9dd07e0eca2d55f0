// Package common reproduces (heavily trimmed) flyteadmin/pkg/common/filters.go:
// inline filters rendered to GORM where clauses.
package common

import "fmt"

type Entity = string

const (
	Execution  Entity = "e"
	LaunchPlan Entity = "l"
	Workflow   Entity = "w"
	Task       Entity = "t"
)

var entityToTableName = map[Entity]string{
	Execution:  "executions",
	LaunchPlan: "launch_plans",
	Workflow:   "workflows",
	Task:       "tasks",
}

type FilterExpression int

const (
	Equal FilterExpression = iota
	ValueIn
)

// GormQueryExpr is a query expression and its args for tx.Where.
type GormQueryExpr struct {
	Query string
	Args  interface{}
}

type InlineFilter interface {
	GetGormQueryExpr() (GormQueryExpr, error)
}

type inlineFilterImpl struct {
	entity   Entity
	function FilterExpression
	field    string
	value    interface{}
}

func (f *inlineFilterImpl) GetGormQueryExpr() (GormQueryExpr, error) {
	column := fmt.Sprintf("%s.%s", entityToTableName[f.entity], f.field)
	switch f.function {
	case ValueIn:
		return GormQueryExpr{Query: column + " IN (?)", Args: f.value}, nil
	default:
		return GormQueryExpr{Query: column + " = ?", Args: f.value}, nil
	}
}

func NewSingleValueFilter(entity Entity, function FilterExpression, field string, value interface{}) (InlineFilter, error) {
	return &inlineFilterImpl{entity: entity, function: function, field: field, value: value}, nil
}

func NewRepeatedValueFilter(entity Entity, function FilterExpression, field string, repeatedValue interface{}) (InlineFilter, error) {
	return &inlineFilterImpl{entity: entity, function: function, field: field, value: repeatedValue}, nil
}
