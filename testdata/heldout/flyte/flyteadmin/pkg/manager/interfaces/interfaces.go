// Package interfaces reproduces (trimmed) flyteadmin/pkg/manager/interfaces.
package interfaces

import (
	"context"

	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
)

// Interface for managing Flyte Workflows
type WorkflowInterface interface {
	CreateWorkflow(ctx context.Context, request *admin.WorkflowCreateRequest) (*admin.WorkflowCreateResponse, error)
}

// Interface for managing metadata associated with NamedEntityIdentifiers
type NamedEntityInterface interface {
	UpdateNamedEntity(ctx context.Context, request *admin.NamedEntityUpdateRequest) (*admin.NamedEntityUpdateResponse, error)
}
