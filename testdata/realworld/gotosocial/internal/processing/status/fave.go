package status

import (
	"context"
	"errors"

	apimodel "example.com/realworld/gotosocial/internal/api/model"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
	"example.com/realworld/gotosocial/internal/uris"
)

// getFaveableStatus is internal/processing/status/fave.go:37 (boost
// unwrapping trimmed; also used by FaveRemove, not reproduced).
func (p *Processor) getFaveableStatus(
	ctx context.Context,
	requester *gtsmodel.Account,
	targetID string,
) (
	*gtsmodel.Status,
	*gtsmodel.StatusFave,
	gtserror.WithCode,
) {
	// Get target status and ensure it's not a boost.
	target, errWithCode := p.getVisibleTargetStatus(
		ctx,
		requester,
		targetID,
	)
	if errWithCode != nil {
		return nil, nil, errWithCode
	}

	fave, err := p.state.DB.GetStatusFave(ctx, requester.ID, target.ID) // race
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		err = gtserror.Newf("error checking existing fave: %w", err)
		return nil, nil, gtserror.NewErrorInternalError(err)
	}

	return target, fave, nil
}

// FaveCreate adds a fave for the requestingAccount, targeting the given status (no-op if fave already exists).
//
// internal/processing/status/fave.go:76 (POST /api/v1/statuses/{id}/favourite):
// getFaveableStatus (:81 -> GetStatusFave at :66), then PutStatusFave
// (:158). The interaction policy check, implicit accepts and the
// side-effect queue are trimmed.
func (p *Processor) FaveCreate(
	ctx context.Context,
	requester *gtsmodel.Account,
	targetStatusID string,
) (*apimodel.Status, gtserror.WithCode) {
	status, existingFave, errWithCode := p.getFaveableStatus(ctx, requester, targetStatusID)
	if errWithCode != nil {
		return nil, errWithCode
	}

	if existingFave != nil {
		// Status is already faveed.
		return p.getAPIStatus(ctx, requester, status)
	}

	// Derive pendingApproval
	// and preapproved status.
	var (
		pendingApproval bool
		preApproved     bool
	)

	// Create a new fave, marking it
	// as pending approval if necessary.
	faveID := id.NewULID()
	gtsFave := &gtsmodel.StatusFave{
		ID:              faveID,
		AccountID:       requester.ID,
		Account:         requester,
		TargetAccountID: status.AccountID,
		TargetAccount:   status.Account,
		StatusID:        status.ID,
		Status:          status,
		URI:             uris.GenerateURIForLike(requester.Username, faveID),
		PreApproved:     preApproved,
		PendingApproval: &pendingApproval,
	}

	if err := p.state.DB.PutStatusFave(ctx, gtsFave); err != nil {
		err = gtserror.Newf("db error putting fave: %w", err)
		return nil, gtserror.NewErrorInternalError(err)
	}

	return p.getAPIStatus(ctx, requester, status)
}
