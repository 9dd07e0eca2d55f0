// Package repomgr reproduces, trimmed, indigo repomgr (the repo manager
// that writes user repos through a carstore under a per-user lock).
package repomgr

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"example.com/heldout/indigo/carstore"
	"example.com/heldout/indigo/models"
	"example.com/heldout/indigo/pkg/go-cid"
	"gorm.io/gorm"
)

// NewRepoManager reproduces repomgr/repomgr.go:36 (trimmed).
func NewRepoManager(cs carstore.CarStore) *RepoManager {
	return &RepoManager{
		cs:        cs,
		userLocks: make(map[models.Uid]*userLock),
		log:       slog.Default().With("system", "repomgr"),
	}
}

// RepoManager reproduces repomgr/repomgr.go:65 (trimmed).
type RepoManager struct {
	cs carstore.CarStore

	lklk      sync.Mutex
	userLocks map[models.Uid]*userLock

	log *slog.Logger
}

// EventKind reproduces repomgr/repomgr.go:108.
type EventKind string

const (
	EvtKindCreateRecord = EventKind("create")
	EvtKindUpdateRecord = EventKind("update")
	EvtKindDeleteRecord = EventKind("delete")
)

// RepoHead reproduces repomgr/repomgr.go:116 (declared, not used at this commit).
type RepoHead struct {
	gorm.Model
	Usr  models.Uid `gorm:"uniqueIndex"`
	Root string
}

type userLock struct {
	lk    sync.Mutex
	count int
}

// lockUser reproduces repomgr/repomgr.go:127.
func (rm *RepoManager) lockUser(ctx context.Context, user models.Uid) func() {
	rm.lklk.Lock()

	ulk, ok := rm.userLocks[user]
	if !ok {
		ulk = &userLock{}
		rm.userLocks[user] = ulk
	}

	ulk.count++

	rm.lklk.Unlock()

	ulk.lk.Lock()

	return func() {
		rm.lklk.Lock()

		ulk.lk.Unlock()
		ulk.count--

		if ulk.count == 0 {
			delete(rm.userLocks, user)
		}
		rm.lklk.Unlock()
	}
}

// InitNewActor reproduces repomgr/repomgr.go:360 (lock :361, lookup call
// :372, write call :393; the repo record and signed commit are trimmed to
// a given root and rev).
func (rm *RepoManager) InitNewActor(ctx context.Context, user models.Uid, handle, did, displayname string, declcid, actortype string) error {
	unlock := rm.lockUser(ctx, user)
	defer unlock()

	if did == "" {
		return fmt.Errorf("must specify DID for new actor")
	}

	if user == 0 {
		return fmt.Errorf("must specify user for new actor")
	}

	ds, err := rm.cs.NewDeltaSession(ctx, user, nil) // safe: the commit_ref_infos row is written by updateLastCommit, INSERT ... ON CONFLICT (uid) DO UPDATE on commitRefInfo.Uid uniqueIndex (nonarchive.go:44, :115), and rm.lockUser(user) serializes the lookup and the write per user in-process
	if err != nil {
		return fmt.Errorf("creating new delta session: %w", err)
	}

	var root cid.Cid
	var nrev string

	_, err = ds.CloseWithRoot(ctx, root, nrev)
	if err != nil {
		return fmt.Errorf("close with root: %w", err)
	}

	return nil
}

// GetRepoRoot reproduces repomgr/repomgr.go:421.
func (rm *RepoManager) GetRepoRoot(ctx context.Context, user models.Uid) (cid.Cid, error) {
	unlock := rm.lockUser(ctx, user)
	defer unlock()

	return rm.cs.GetUserRepoHead(ctx, user)
}
