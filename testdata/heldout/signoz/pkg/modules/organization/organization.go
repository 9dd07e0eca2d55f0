// Package organization reproduces, trimmed, github.com/SigNoz/signoz/pkg/modules/organization.
package organization

import (
	"context"

	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/valuer"
)

type Getter interface {
	// Get gets the organization based on the given id
	Get(context.Context, valuer.UUID) (*types.Organization, error)

	// GetByIDOrName gets the organization by id first, falling back to the name.
	GetByIDOrName(context.Context, valuer.UUID, string) (*types.Organization, bool, error)
}

type Setter interface {
	// Create creates the given organization
	Create(context.Context, *types.Organization, func(context.Context, valuer.UUID) error) error
}
