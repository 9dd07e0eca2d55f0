// Package status is a reduced copy of internal/processing/status.
package status

import (
	"context"
	"errors"

	apimodel "example.com/realworld/gotosocial/internal/api/model"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/state"
)

// Processor is internal/processing/status/status.go (fields trimmed).
type Processor struct {
	state *state.State
}

// New is internal/processing/status/status.go.
func New(state *state.State) Processor {
	return Processor{state: state}
}

// getVisibleTargetStatus stands in for processing/common
// GetVisibleTargetStatus (visibility filtering and dereferencing trimmed).
func (p *Processor) getVisibleTargetStatus(ctx context.Context, requester *gtsmodel.Account, targetID string) (*gtsmodel.Status, gtserror.WithCode) {
	target, err := p.state.DB.GetStatusByID(ctx, targetID)
	if err != nil {
		if errors.Is(err, db.ErrNoEntries) {
			return nil, gtserror.NewErrorNotFound(err)
		}
		return nil, gtserror.NewErrorInternalError(err)
	}
	return target, nil
}

// getAPIStatus stands in for processing/common GetAPIStatus.
func (p *Processor) getAPIStatus(ctx context.Context, requester *gtsmodel.Account, status *gtsmodel.Status) (*apimodel.Status, gtserror.WithCode) {
	return &apimodel.Status{ID: status.ID}, nil
}
