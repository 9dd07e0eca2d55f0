package main

import (
	"context"
	"log/slog"

	"example.com/heldout/indigo/atproto/identity"
	"example.com/heldout/indigo/atproto/syntax"
	"example.com/heldout/indigo/cmd/tap/models"
	"gorm.io/gorm"
)

// RepoManager reproduces cmd/tap/repo_manager.go:13.
type RepoManager struct {
	logger *slog.Logger
	db     *gorm.DB
	idDir  identity.Directory
	events *EventManager
}

func NewRepoManager(logger *slog.Logger, db *gorm.DB, events *EventManager, idDir identity.Directory) *RepoManager {
	return &RepoManager{
		logger: logger.With("component", "repo_manager"),
		db:     db,
		idDir:  idDir,
		events: events,
	}
}

// GetRepoState reproduces cmd/tap/repo_manager.go:29 (lookup :31).
func (rm *RepoManager) GetRepoState(ctx context.Context, did string) (*models.Repo, error) {
	var r models.Repo
	if err := rm.db.WithContext(ctx).First(&r, "did = ?", did).Error; err != nil {
		if err != gorm.ErrRecordNotFound {
			return nil, err
		}
		return nil, nil
	}
	return &r, nil
}

// UpdateRepoState reproduces cmd/tap/repo_manager.go:40.
func (rm *RepoManager) UpdateRepoState(ctx context.Context, did string, state models.RepoState) error {
	return rm.db.WithContext(ctx).Model(&models.Repo{}).
		Where("did = ?", did).
		Update("state", state).Error
}

// RefreshIdentity fetches the latest identity information for a DID.
//
// RefreshIdentity reproduces cmd/tap/repo_manager.go:47 (lookup call :60,
// update :78-81).
func (rm *RepoManager) RefreshIdentity(ctx context.Context, did string) error {
	if err := rm.idDir.Purge(ctx, syntax.DID(did).AtIdentifier()); err != nil {
		rm.logger.Error("failed to purge identity cache", "did", did, "error", err)
	}

	id, err := rm.idDir.LookupDID(ctx, syntax.DID(did))
	if err != nil {
		return err
	}

	curr, err := rm.GetRepoState(ctx, did) // safe: the lookup only guards an UPDATE of repos.handle (nil returns without writing)
	if err != nil {
		return err
	} else if curr == nil {
		return nil
	}

	handleStr := id.Handle.String()
	if handleStr == curr.Handle {
		return nil
	}

	identityEvt := &IdentityEvt{
		Did:      did,
		Handle:   handleStr,
		IsActive: curr.Status == models.AccountStatusActive,
		Status:   curr.Status,
	}
	if err := rm.events.AddIdentityEvent(ctx, identityEvt, func(tx *gorm.DB) error {
		return tx.Model(&models.Repo{}).
			Where("did = ?", did).
			Update("handle", handleStr).Error
	}); err != nil {
		rm.logger.Error("failed to update handle", "did", did, "handle", handleStr, "error", err)
		return err
	}

	return nil
}

// EnsureRepo reproduces cmd/tap/repo_manager.go:90 (write :91). gorm Save
// of a struct with a non-zero primary key (Did) runs UPDATE ... SET <all
// columns> WHERE did = ?, and when no row was updated INSERT ... ON CONFLICT
// DO UPDATE SET <all columns> (gorm finisher_api.go Save, v1.25.9 and later).
func (rm *RepoManager) EnsureRepo(ctx context.Context, did string) error {
	if err := rm.db.WithContext(ctx).Save(&models.Repo{
		Did:    did,
		State:  models.RepoStatePending,
		Status: models.AccountStatusActive,
	}).Error; err != nil {
		rm.logger.Error("failed to auto-track repo", "did", did, "error", err)
		return err
	}
	return nil
}
