// Package interfaces reproduces (trimmed) flyteadmin/pkg/repositories/interfaces.
package interfaces

import (
	"example.com/heldout/flyte/flyteadmin/pkg/common"
)

// Parameters for getting an individual resource.
type Identifier struct {
	Project string
	Domain  string
	Name    string
	Version string
}

// Parameters for querying multiple resources.
type ListResourceInput struct {
	Limit         int
	Offset        int
	InlineFilters []common.InlineFilter
	// Indicates when a filter requires joining across different entities.
	JoinTableEntities map[common.Entity]bool
}

// Parameters for counting multiple resources.
type CountResourceInput struct {
	InlineFilters []common.InlineFilter
	// Indicates when a filter requires joining across different entities.
	JoinTableEntities map[common.Entity]bool
}
