package account

import (
	"context"
	"errors"
	"fmt"

	apimodel "example.com/realworld/gotosocial/internal/api/model"
	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
	"example.com/realworld/gotosocial/internal/uris"
)

// BlockCreate handles the creation of a block from requestingAccount to targetAccountID, either remote or local.
//
// internal/processing/account/block.go:39 (POST /api/v1/accounts/{id}/block):
// getBlockTarget (:40 -> GetBlock at :202), then PutBlock (:62). Unfollows
// and the side-effect queue are trimmed.
func (p *Processor) BlockCreate(ctx context.Context, requestingAccount *gtsmodel.Account, targetAccountID string) (*apimodel.Relationship, gtserror.WithCode) {
	targetAccount, existingBlock, errWithCode := p.getBlockTarget(ctx, requestingAccount, targetAccountID)
	if errWithCode != nil {
		return nil, errWithCode
	}

	if existingBlock != nil {
		// Block already exists, nothing to do.
		return p.RelationshipGet(ctx, requestingAccount, targetAccountID)
	}

	// Create and store a new block.
	blockID := id.NewULID()
	blockURI := uris.GenerateURIForBlock(requestingAccount.Username, blockID)
	block := &gtsmodel.Block{
		ID:              blockID,
		URI:             blockURI,
		AccountID:       requestingAccount.ID,
		Account:         requestingAccount,
		TargetAccountID: targetAccountID,
		TargetAccount:   targetAccount,
	}

	if err := p.state.DB.PutBlock(ctx, block); err != nil {
		err = fmt.Errorf("BlockCreate: error creating block in db: %w", err)
		return nil, gtserror.NewErrorInternalError(err)
	}

	return p.RelationshipGet(ctx, requestingAccount, targetAccountID)
}

// getBlockTarget is internal/processing/account/block.go:181 (also used by
// BlockRemove, not reproduced).
func (p *Processor) getBlockTarget(ctx context.Context, requestingAccount *gtsmodel.Account, targetAccountID string) (*gtsmodel.Account, *gtsmodel.Block, gtserror.WithCode) {
	// Account should not block or unblock itself.
	if requestingAccount.ID == targetAccountID {
		err := fmt.Errorf("getBlockTarget: account %s cannot block or unblock itself", requestingAccount.ID)
		return nil, nil, gtserror.NewErrorNotAcceptable(err, err.Error())
	}

	// Ensure target account retrievable.
	targetAccount, err := p.state.DB.GetAccountByID(ctx, targetAccountID)
	if err != nil {
		if !errors.Is(err, db.ErrNoEntries) {
			// Real db error.
			err = fmt.Errorf("getBlockTarget: db error looking for target account %s: %w", targetAccountID, err)
			return nil, nil, gtserror.NewErrorInternalError(err)
		}
		// Account not found.
		err = fmt.Errorf("getBlockTarget: target account %s not found in the db", targetAccountID)
		return nil, nil, gtserror.NewErrorNotFound(err, err.Error())
	}

	// Check if currently blocked.
	block, err := p.state.DB.GetBlock(ctx, requestingAccount.ID, targetAccountID) // race
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		err = fmt.Errorf("getBlockTarget: db error checking existing block: %w", err)
		return nil, nil, gtserror.NewErrorInternalError(err)
	}

	return targetAccount, block, nil
}
