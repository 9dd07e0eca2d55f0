package workers

import (
	"context"

	"example.com/realworld/gotosocial/internal/federation/dereferencing"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/messages"
)

// fediAPI is internal/processing/workers/fromfediapi.go (fields trimmed).
type fediAPI struct {
	federate *dereferencing.Dereferencer
}

// CreateAnnounce is internal/processing/workers/fromfediapi.go:816
// (approval handling, timelining and notifications trimmed).
func (p *fediAPI) CreateAnnounce(ctx context.Context, fMsg *messages.FromFediAPI) error {
	boost, ok := fMsg.GTSModel.(*gtsmodel.Status)
	if !ok {
		return gtserror.Newf("%T not parseable as *gtsmodel.Status", fMsg.GTSModel)
	}

	// Dereference into a boost wrapper status.
	//
	// Note: this will handle storing the boost in
	// the db, and dereferencing the target status
	// ancestors / descendants where appropriate.
	var err error
	boost, err = p.federate.EnrichAnnounce(
		ctx,
		boost,
		fMsg.Receiving.Username,
	)
	if err != nil {
		// Actual error.
		return gtserror.Newf("error dereferencing announce: %w", err)
	}

	_ = boost
	return nil
}
