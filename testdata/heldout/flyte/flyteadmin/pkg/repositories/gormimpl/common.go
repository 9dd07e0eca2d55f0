// Package gormimpl reproduces (trimmed) flyteadmin/pkg/repositories/gormimpl.
package gormimpl

import (
	"gorm.io/gorm"

	"example.com/heldout/flyte/flyteadmin/pkg/common"
)

const (
	ID      = "id"
	Project = "project"
	Domain  = "domain"
	Name    = "name"
	Version = "version"
)

const executionTableName = "executions"
const launchPlanTableName = "launch_plans"
const namedEntityMetadataTableName = "named_entity_metadata"
const workflowTableName = "workflows"
const taskTableName = "tasks"

func getIDFilter(id uint) (query string, args interface{}) {
	return "id = ?", id
}

func applyScopedFilters(tx *gorm.DB, inlineFilters []common.InlineFilter) (*gorm.DB, error) {
	for _, filter := range inlineFilters {
		gormQueryExpr, err := filter.GetGormQueryExpr()
		if err != nil {
			return nil, err
		}
		tx = tx.Where(gormQueryExpr.Query, gormQueryExpr.Args)
	}
	return tx, nil
}
