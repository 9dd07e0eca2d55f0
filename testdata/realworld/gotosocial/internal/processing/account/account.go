// Package account is a reduced copy of internal/processing/account.
package account

import (
	"context"

	apimodel "example.com/realworld/gotosocial/internal/api/model"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/state"
)

// Processor is internal/processing/account/account.go (fields trimmed).
type Processor struct {
	state *state.State
}

// New is internal/processing/account/account.go.
func New(state *state.State) Processor {
	return Processor{state: state}
}

// RelationshipGet is internal/processing/account/relationships.go (reduced:
// the relationship is not re-read).
func (p *Processor) RelationshipGet(ctx context.Context, requestingAccount *gtsmodel.Account, targetAccountID string) (*apimodel.Relationship, gtserror.WithCode) {
	return &apimodel.Relationship{ID: targetAccountID}, nil
}
