package workers

import (
	"context"
	"errors"

	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
	"example.com/realworld/gotosocial/internal/util"
)

// statusFaveToImpoliteInteractionRequest stands in for
// typeutils.StatusFaveToImpoliteInteractionRequest.
func statusFaveToImpoliteInteractionRequest(fave *gtsmodel.StatusFave) *gtsmodel.InteractionRequest {
	return &gtsmodel.InteractionRequest{
		ID:                    id.NewULID(),
		TargetStatusID:        fave.StatusID,
		TargetAccountID:       fave.TargetAccountID,
		InteractingAccountID:  fave.AccountID,
		InteractionRequestURI: fave.URI + "#request",
		InteractionURI:        fave.URI,
		Polite:                util.Ptr(false),
	}
}

// impoliteFaveRequest stores an interaction request
// for the given fave, and notifies the interactee.
//
// internal/processing/workers/util.go:535, called when a remote Like of a
// local status needs approval (fromfediapi.go CreateLike). The pending
// notification is trimmed.
func (u *utils) impoliteFaveRequest(
	ctx context.Context,
	fave *gtsmodel.StatusFave,
) error {
	// Only create interaction request
	// if fave targets a local status.
	if fave.Status == nil ||
		!fave.Status.IsLocal() {
		return nil
	}

	// Lock on the interaction URI.
	unlock := u.state.ProcessingLocks.Lock(fave.URI)
	defer unlock()

	// Ensure no req with this URI exists already.
	req, err := u.state.DB.GetInteractionRequestByInteractionURI(ctx, fave.URI) // safe: in-process per-key lock (ProcessingLocks on the fave URI) covers the lookup and the insert
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		return gtserror.Newf("db error checking for existing interaction request: %w", err)
	}

	if req != nil {
		// Interaction req already exists,
		// no need to do anything else.
		return nil
	}

	// Create + store new impolite interaction request.
	req = statusFaveToImpoliteInteractionRequest(fave)
	if err := u.state.DB.PutInteractionRequest(ctx, req); err != nil {
		return gtserror.Newf("db error storing interaction request: %w", err)
	}

	return nil
}
