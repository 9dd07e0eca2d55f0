package account

import (
	"context"
	"errors"
	"time"

	apimodel "example.com/realworld/gotosocial/internal/api/model"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
)

// MuteCreate mutes the target account, as the requesting account.
// The form params should have already been normalized by the time they reach this function.
//
// internal/processing/account/mute.go:37 (POST /api/v1/accounts/{id}/mute):
// getMuteTarget (:43 -> GetMute at :191), then PutMute (:72), whose upsert
// only resolves a conflict on "id" (a fresh ULID when no mute was found),
// not on (account_id, target_account_id).
func (p *Processor) MuteCreate(
	ctx context.Context,
	requestingAccount *gtsmodel.Account,
	targetAccountID string,
	form *apimodel.UserMuteCreateUpdateRequest,
) (*apimodel.Relationship, gtserror.WithCode) {
	targetAccount, existingMute, errWithCode := p.getMuteTarget(ctx, requestingAccount, targetAccountID)
	if errWithCode != nil {
		return nil, errWithCode
	}

	if existingMute != nil &&
		*existingMute.Notifications == *form.Notifications &&
		existingMute.ExpiresAt.IsZero() && form.Duration == nil {
		// Mute already exists and doesn't require updating, nothing to do.
		return p.RelationshipGet(ctx, requestingAccount, targetAccountID)
	}

	// Create a new mute or update an existing one.
	mute := &gtsmodel.UserMute{
		AccountID:       requestingAccount.ID,
		Account:         requestingAccount,
		TargetAccountID: targetAccountID,
		TargetAccount:   targetAccount,
		Notifications:   form.Notifications,
	}
	if existingMute != nil {
		mute.ID = existingMute.ID
	} else {
		mute.ID = id.NewULID()
	}
	if form.Duration != nil {
		mute.ExpiresAt = time.Now().Add(time.Second * time.Duration(*form.Duration))
	}

	if err := p.state.DB.PutMute(ctx, mute); err != nil {
		err = gtserror.Newf("error creating or updating mute in db: %w", err)
		return nil, gtserror.NewErrorInternalError(err)
	}

	return p.RelationshipGet(ctx, requestingAccount, targetAccountID)
}

// getMuteTarget is internal/processing/account/mute.go:166 (also used by
// MuteRemove, not reproduced).
func (p *Processor) getMuteTarget(
	ctx context.Context,
	requestingAccount *gtsmodel.Account,
	targetAccountID string,
) (*gtsmodel.Account, *gtsmodel.UserMute, gtserror.WithCode) {
	// Account should not mute or unmute itself.
	if requestingAccount.ID == targetAccountID {
		err := gtserror.Newf("account %s cannot mute or unmute itself", requestingAccount.ID)
		return nil, nil, gtserror.NewErrorNotAcceptable(err, err.Error())
	}

	// Ensure target account retrievable.
	targetAccount, err := p.state.DB.GetAccountByID(ctx, targetAccountID)
	if err != nil {
		if !errors.Is(err, db.ErrNoEntries) {
			// Real db error.
			err = gtserror.Newf("db error looking for target account %s: %w", targetAccountID, err)
			return nil, nil, gtserror.NewErrorInternalError(err)
		}
		// Account not found.
		err = gtserror.Newf("target account %s not found in the db", targetAccountID)
		return nil, nil, gtserror.NewErrorNotFound(err, err.Error())
	}

	// Check if currently muted.
	mute, err := p.state.DB.GetMute(ctx, requestingAccount.ID, targetAccountID) // race
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		err = gtserror.Newf("db error checking existing mute: %w", err)
		return nil, nil, gtserror.NewErrorInternalError(err)
	}

	return targetAccount, mute, nil
}
