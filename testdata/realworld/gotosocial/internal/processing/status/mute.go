package status

import (
	"context"
	"errors"

	apimodel "example.com/realworld/gotosocial/internal/api/model"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
)

// getMuteableStatus is internal/processing/status/mute.go:39 (ownership
// and mention checks trimmed).
func (p *Processor) getMuteableStatus(
	ctx context.Context,
	requestingAccount *gtsmodel.Account,
	targetStatusID string,
) (*gtsmodel.Status, gtserror.WithCode) {
	targetStatus, errWithCode := p.getVisibleTargetStatus(ctx,
		requestingAccount,
		targetStatusID,
	)
	if errWithCode != nil {
		return nil, errWithCode
	}

	if targetStatus.ThreadID == "" {
		err := gtserror.New("cannot mute or unmute status with no threadID")
		return nil, gtserror.NewErrorBadRequest(err, err.Error())
	}

	return targetStatus, nil
}

// MuteCreate is internal/processing/status/mute.go:72 (POST
// /api/v1/statuses/{id}/mute): GetThreadMutedByAccount (:88), then
// PutThreadMute (:102).
func (p *Processor) MuteCreate(
	ctx context.Context,
	requestingAccount *gtsmodel.Account,
	targetStatusID string,
) (*apimodel.Status, gtserror.WithCode) {
	targetStatus, errWithCode := p.getMuteableStatus(ctx, requestingAccount, targetStatusID)
	if errWithCode != nil {
		return nil, errWithCode
	}

	var (
		threadID  = targetStatus.ThreadID
		accountID = requestingAccount.ID
	)

	// Check if mute already exists for this thread ID.
	threadMute, err := p.state.DB.GetThreadMutedByAccount(ctx, threadID, accountID) // race
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		// Real db error.
		err := gtserror.Newf("db error fetching mute of thread %s for account %s", threadID, accountID)
		return nil, gtserror.NewErrorInternalError(err)
	}

	if threadMute != nil {
		// Thread mute already exists.
		// Our job here is done ("but you didn't do anything!").
		return p.getAPIStatus(ctx, requestingAccount, targetStatus)
	}

	// Gotta create a mute.
	if err := p.state.DB.PutThreadMute(ctx, &gtsmodel.ThreadMute{
		ID:        id.NewULID(),
		ThreadID:  threadID,
		AccountID: accountID,
	}); err != nil {
		err := gtserror.Newf("db error putting mute of thread %s for account %s", threadID, accountID)
		return nil, gtserror.NewErrorInternalError(err)
	}

	return p.getAPIStatus(ctx, requestingAccount, targetStatus)
}
