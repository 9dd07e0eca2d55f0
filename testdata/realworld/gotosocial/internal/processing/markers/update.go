// Package markers is a reduced copy of internal/processing/markers.
package markers

import (
	"context"
	"errors"

	apimodel "example.com/realworld/gotosocial/internal/api/model"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/state"
)

// Processor is internal/processing/markers/markers.go.
type Processor struct {
	state *state.State
}

// Update updates the given markers and returns an API model for them.
// (internal/processing/markers/update.go:32, POST /api/v1/markers)
func (p *Processor) Update(ctx context.Context, markers []*gtsmodel.Marker) (*apimodel.Marker, gtserror.WithCode) {
	for _, marker := range markers {
		if err := p.state.DB.UpdateMarker(ctx, marker); err != nil {
			if errors.Is(err, db.ErrAlreadyExists) {
				return nil, gtserror.NewErrorConflict(err, "marker updated by another client")
			}
			return nil, gtserror.NewErrorInternalError(err)
		}
	}

	return &apimodel.Marker{}, nil
}
