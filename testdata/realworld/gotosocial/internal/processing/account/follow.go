package account

import (
	"context"
	"errors"

	apimodel "example.com/realworld/gotosocial/internal/api/model"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtscontext"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
	"example.com/realworld/gotosocial/internal/uris"
)

// FollowCreate handles a follow request to an account, either remote or local.
//
// internal/processing/account/follow.go:37 (POST /api/v1/accounts/{id}/follow):
// GetFollow (:44, guards an update of an existing follow), GetFollowRequest
// (:64), then PutFollowRequest (:100). updateFollow, the side-effect queue
// and the optimistic relationship are trimmed.
func (p *Processor) FollowCreate(ctx context.Context, requestingAccount *gtsmodel.Account, form *apimodel.AccountFollowRequest) (*apimodel.Relationship, gtserror.WithCode) {
	targetAccount, errWithCode := p.getFollowTarget(ctx, requestingAccount, form.ID)
	if errWithCode != nil {
		return nil, errWithCode
	}

	// Check if a follow exists already.
	if follow, err := p.state.DB.GetFollow(
		gtscontext.SetBarebones(ctx),
		requestingAccount.ID,
		targetAccount.ID,
	); err != nil && !errors.Is(err, db.ErrNoEntries) {
		err = gtserror.Newf("db error checking existing follow: %w", err)
		return nil, gtserror.NewErrorInternalError(err)
	} else if follow != nil {
		// Already follows, update if necessary + return relationship.
		return p.RelationshipGet(ctx, requestingAccount, form.ID)
	}

	// Check if a follow request exists already.
	if followRequest, err := p.state.DB.GetFollowRequest( // race
		gtscontext.SetBarebones(ctx),
		requestingAccount.ID,
		targetAccount.ID,
	); err != nil && !errors.Is(err, db.ErrNoEntries) {
		err = gtserror.Newf("db error checking existing follow request: %w", err)
		return nil, gtserror.NewErrorInternalError(err)
	} else if followRequest != nil {
		// Already requested, update if necessary + return relationship.
		return p.RelationshipGet(ctx, requestingAccount, form.ID)
	}

	// Neither follows nor follow requests, so
	// create and store a new follow request.
	followID := id.NewRandomULID()
	followURI := uris.GenerateURIForFollow(requestingAccount.Username, followID)

	fr := &gtsmodel.FollowRequest{
		ID:              followID,
		URI:             followURI,
		AccountID:       requestingAccount.ID,
		Account:         requestingAccount,
		TargetAccountID: form.ID,
		TargetAccount:   targetAccount,
		ShowReblogs:     form.Reblogs,
		Notify:          form.Notify,
	}

	// Insert the new follow request.
	if err := p.state.DB.PutFollowRequest(ctx, fr); err != nil {
		err = gtserror.Newf("error creating follow request in db: %s", err)
		return nil, gtserror.NewErrorInternalError(err)
	}

	// And get the new relationship state.
	return p.RelationshipGet(ctx, requestingAccount, form.ID)
}

// getFollowTarget is internal/processing/account/follow.go (block checks trimmed).
func (p *Processor) getFollowTarget(ctx context.Context, requester *gtsmodel.Account, targetID string) (*gtsmodel.Account, gtserror.WithCode) {
	// Fetch the target account from the database.
	targetAccount, err := p.state.DB.GetAccountByID(ctx, targetID)
	if err != nil {
		if errors.Is(err, db.ErrNoEntries) {
			err = gtserror.Newf("target account %s not found in the db", targetID)
			return nil, gtserror.NewErrorNotFound(err, err.Error())
		}
		err = gtserror.Newf("db error looking for target account %s: %w", targetID, err)
		return nil, gtserror.NewErrorInternalError(err)
	}
	return targetAccount, nil
}
