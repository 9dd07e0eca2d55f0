// Package authz reproduces, trimmed, the github.com/SigNoz/signoz/pkg/authz
// AuthZ interface: role lookups are SQL (pkg/authz/authzstore/sqlauthzstore),
// grants are OpenFGA tuples (not SQL, reduced to Grant here).
package authz

import (
	"context"

	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type AuthZ interface {
	GetByOrgIDAndName(ctx context.Context, orgID valuer.UUID, name string) (*authtypes.Role, error)
	ListByOrgIDAndNames(ctx context.Context, orgID valuer.UUID, names []string) ([]*authtypes.Role, error)
	Create(ctx context.Context, orgID valuer.UUID, role *authtypes.Role) error
	// Grant writes OpenFGA tuples (idempotent upstream: OnDuplicate "ignore").
	Grant(ctx context.Context, orgID valuer.UUID, names []string, subject string) error
}
