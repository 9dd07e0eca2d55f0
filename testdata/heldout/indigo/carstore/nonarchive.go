package carstore

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"example.com/heldout/indigo/models"
	"example.com/heldout/indigo/pkg/go-cid"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// NonArchivalCarstore reproduces carstore/nonarchive.go:21.
type NonArchivalCarstore struct {
	db *gorm.DB

	lk              sync.Mutex
	lastCommitCache map[models.Uid]*commitRefInfo

	log *slog.Logger
}

// NewNonArchivalCarstore reproduces carstore/nonarchive.go:30.
func NewNonArchivalCarstore(db *gorm.DB) (*NonArchivalCarstore, error) {
	if err := db.AutoMigrate(&commitRefInfo{}); err != nil {
		return nil, err
	}

	return &NonArchivalCarstore{
		db:              db,
		lastCommitCache: make(map[models.Uid]*commitRefInfo),
		log:             slog.Default().With("system", "carstorena"),
	}, nil
}

// commitRefInfo reproduces carstore/nonarchive.go:42 (Uid uniqueIndex :44).
type commitRefInfo struct {
	ID   uint       `gorm:"primarykey"`
	Uid  models.Uid `gorm:"uniqueIndex"`
	Rev  string
	Root models.DbCID
}

func (cs *NonArchivalCarstore) checkLastShardCache(user models.Uid) *commitRefInfo {
	cs.lk.Lock()
	defer cs.lk.Unlock()

	ls, ok := cs.lastCommitCache[user]
	if ok {
		return ls
	}

	return nil
}

func (cs *NonArchivalCarstore) removeLastShardCache(user models.Uid) {
	cs.lk.Lock()
	defer cs.lk.Unlock()

	delete(cs.lastCommitCache, user)
}

func (cs *NonArchivalCarstore) putLastShardCache(ls *commitRefInfo) {
	cs.lk.Lock()
	defer cs.lk.Unlock()

	cs.lastCommitCache[ls.Uid] = ls
}

// loadCommitRefInfo reproduces carstore/nonarchive.go:75 (lookup :77).
func (cs *NonArchivalCarstore) loadCommitRefInfo(ctx context.Context, user models.Uid) (*commitRefInfo, error) {
	var out commitRefInfo
	wat := cs.db.Find(&out, "uid = ?", user)
	if wat.Error != nil {
		return nil, wat.Error
	}
	if wat.RowsAffected == 0 {
		return nil, nil
	}
	return &out, nil
}

// getCommitRefInfo reproduces carstore/nonarchive.go:87.
func (cs *NonArchivalCarstore) getCommitRefInfo(ctx context.Context, user models.Uid) (*commitRefInfo, error) {
	maybeLs := cs.checkLastShardCache(user)
	if maybeLs != nil {
		return maybeLs, nil
	}

	lastShard, err := cs.loadCommitRefInfo(ctx, user)
	if err != nil {
		return nil, err
	}
	if lastShard == nil {
		return nil, nil
	}

	cs.putLastShardCache(lastShard)
	return lastShard, nil
}

// updateLastCommit reproduces carstore/nonarchive.go:108 (upsert :115-118).
func (cs *NonArchivalCarstore) updateLastCommit(ctx context.Context, uid models.Uid, rev string, cid cid.Cid) error {
	cri := &commitRefInfo{
		Uid:  uid,
		Rev:  rev,
		Root: models.DbCID{CID: cid},
	}

	if err := cs.db.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "uid"}},
		UpdateAll: true,
	}).Create(cri).Error; err != nil {
		return fmt.Errorf("update or set last commit info: %w", err)
	}

	cs.putLastShardCache(cri)

	return nil
}

var commitRefZero = commitRefInfo{}

// NewDeltaSession reproduces carstore/nonarchive.go:129 (lookup call :135).
func (cs *NonArchivalCarstore) NewDeltaSession(ctx context.Context, user models.Uid, since *string) (*DeltaSession, error) {
	// TODO: ensure that we don't write updates on top of the wrong head
	// this needs to be a compare and swap type operation
	lastShard, err := cs.getCommitRefInfo(ctx, user)
	if err != nil {
		return nil, err
	}

	if lastShard == nil {
		// ok, no previous user state to refer to
		lastShard = &commitRefZero
	} else if since != nil && *since != lastShard.Rev {
		cs.log.Warn("revision mismatch", "commitSince", since, "lastRev", lastShard.Rev, "err", ErrRepoBaseMismatch)
	}

	return &DeltaSession{
		blks:    make(map[cid.Cid][]byte),
		user:    user,
		baseCid: lastShard.Root.CID,
		cs:      cs,
		seq:     0,
		lastRev: lastShard.Rev,
	}, nil
}

// GetUserRepoHead reproduces carstore/nonarchive.go:220.
func (cs *NonArchivalCarstore) GetUserRepoHead(ctx context.Context, user models.Uid) (cid.Cid, error) {
	lastShard, err := cs.getCommitRefInfo(ctx, user)
	if err != nil {
		return cid.Undef, err
	}
	if lastShard == nil || lastShard.ID == 0 {
		return cid.Undef, nil
	}

	return lastShard.Root.CID, nil
}

// GetUserRepoRev reproduces carstore/nonarchive.go:232.
func (cs *NonArchivalCarstore) GetUserRepoRev(ctx context.Context, user models.Uid) (string, error) {
	lastShard, err := cs.getCommitRefInfo(ctx, user)
	if err != nil {
		return "", err
	}
	if lastShard == nil || lastShard.ID == 0 {
		return "", nil
	}

	return lastShard.Rev, nil
}

// WipeUserData reproduces carstore/nonarchive.go:248.
func (cs *NonArchivalCarstore) WipeUserData(ctx context.Context, user models.Uid) error {
	if err := cs.db.Raw("DELETE from commit_ref_infos WHERE uid = ?", user).Error; err != nil {
		return err
	}

	cs.removeLastShardCache(user)
	return nil
}

// writeNewShard reproduces carstore/nonarchive.go:273 (upsert call :278;
// the CAR slice encoding is trimmed).
func (cs *NonArchivalCarstore) writeNewShard(ctx context.Context, root cid.Cid, rev string, user models.Uid, seq int, blks map[cid.Cid][]byte, rmcids map[cid.Cid]bool) ([]byte, error) {
	var slice []byte
	return slice, cs.updateLastCommit(ctx, user, rev, root)
}
