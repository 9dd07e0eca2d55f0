// Package licensing reproduces, trimmed, the github.com/SigNoz/signoz/pkg/licensing
// interface (the license row itself is a plain insert, see the catalogue).
package licensing

import (
	"context"

	"example.com/heldout/signoz/pkg/valuer"
)

type License struct {
	Key string
}

type Licensing interface {
	GetActive(ctx context.Context, organizationID valuer.UUID) (*License, error)
}
