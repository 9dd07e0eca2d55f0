package main

import (
	"context"
	"log/slog"
	"sync/atomic"

	comatproto "example.com/heldout/indigo/api/atproto"
	"example.com/heldout/indigo/cmd/tap/models"
	"gorm.io/gorm"
)

// FirehoseProcessor reproduces cmd/tap/firehose.go:26 (trimmed). Its
// callbacks run on the events/schedulers/parallel scheduler, which keeps one
// task per repo (DID) active at a time (parallel.go:102-109).
type FirehoseProcessor struct {
	logger *slog.Logger
	db     *gorm.DB

	events *EventManager
	repos  *RepoManager

	relayUrl         string
	fullNetworkMode  bool
	signalCollection string
	noReplay         bool

	lastSeq atomic.Int64
}

func (fp *FirehoseProcessor) updateLastSeq(seq int64) {
	fp.lastSeq.Store(seq)
}

// ProcessCommit validates and applies a commit event from the firehose.
//
// ProcessCommit reproduces cmd/tap/firehose.go:73 (lookup call :81,
// EnsureRepo :87; commit verification trimmed).
func (fp *FirehoseProcessor) ProcessCommit(ctx context.Context, evt *comatproto.SyncSubscribeRepos_Commit) error {
	defer fp.updateLastSeq(evt.Seq)

	curr, err := fp.repos.GetRepoState(ctx, evt.Repo) // safe: EnsureRepo is gorm Save on the repos primary key (did), i.e. UPDATE then INSERT ... ON CONFLICT DO UPDATE; a concurrent insert (addRepos / crawler, ON CONFLICT DO NOTHING) cannot make it fail or duplicate
	if err != nil {
		return err
	} else if curr == nil {
		shouldTrack := fp.fullNetworkMode || (fp.signalCollection != "" && evtHasSignalCollection(evt, fp.signalCollection))
		if shouldTrack {
			if err := fp.repos.EnsureRepo(ctx, evt.Repo); err != nil {
				fp.logger.Error("failed to auto-track repo", "did", evt.Repo, "error", err)
				return err
			}
		}
		// even if we just tracked, we return here and just let the resync workers handle the rest
		return nil
	}

	if curr.State != models.RepoStateActive && curr.State != models.RepoStateResyncing {
		return nil
	}

	if curr.Rev != "" && evt.Rev <= curr.Rev {
		fp.logger.Debug("skipping replayed event", "did", evt.Repo, "eventRev", evt.Rev, "currentRev", curr.Rev)
		return nil
	}

	commit := &Commit{Did: evt.Repo, Rev: evt.Rev}

	if curr.State == models.RepoStateResyncing {
		return fp.events.addToResyncBuffer(ctx, commit)
	}

	if err := fp.events.AddCommit(ctx, commit, func(tx *gorm.DB) error {
		return nil
	}); err != nil {
		fp.logger.Error("failed to update repo state", "did", commit.Did, "rev", commit.Rev, "error", err)
		return err
	}

	return nil
}

// evtHasSignalCollection: signature of cmd/tap/util.go:54; body trimmed.
func evtHasSignalCollection(evt *comatproto.SyncSubscribeRepos_Commit, signalColl string) bool {
	return false
}

// ProcessSync handles sync events and marks repos for resync if needed.
//
// ProcessSync reproduces cmd/tap/firehose.go:212 (lookup call :220,
// EnsureRepo :225; sync verification trimmed).
func (fp *FirehoseProcessor) ProcessSync(ctx context.Context, evt *comatproto.SyncSubscribeRepos_Sync) error {
	defer fp.updateLastSeq(evt.Seq)

	curr, err := fp.repos.GetRepoState(ctx, evt.Did) // safe: EnsureRepo is gorm Save on the repos primary key (did), i.e. UPDATE then INSERT ... ON CONFLICT DO UPDATE
	if err != nil {
		return err
	} else if curr == nil {
		if fp.fullNetworkMode {
			if err := fp.repos.EnsureRepo(ctx, evt.Did); err != nil {
				fp.logger.Error("failed to auto-track repo", "did", evt.Did, "error", err)
				return err
			}
			return nil
		}
		return nil
	}

	if curr.State != models.RepoStateActive {
		return nil
	}

	if curr.Rev != "" && evt.Rev <= curr.Rev {
		return nil
	}

	if err := fp.repos.UpdateRepoState(ctx, evt.Did, models.RepoStateDesynchronized); err != nil {
		fp.logger.Error("failed to update repo state to desynchronized", "did", evt.Did, "error", err)
		return err
	}

	return nil
}

// ProcessIdentity reproduces cmd/tap/firehose.go:267 (lookup call :271,
// EnsureRepo :276).
func (fp *FirehoseProcessor) ProcessIdentity(ctx context.Context, evt *comatproto.SyncSubscribeRepos_Identity) error {
	defer fp.updateLastSeq(evt.Seq)

	curr, err := fp.repos.GetRepoState(ctx, evt.Did) // safe: EnsureRepo is gorm Save on the repos primary key (did), i.e. UPDATE then INSERT ... ON CONFLICT DO UPDATE
	if err != nil {
		return err
	} else if curr == nil {
		if fp.fullNetworkMode {
			if err := fp.repos.EnsureRepo(ctx, evt.Did); err != nil {
				return err
			}
			return nil
		}
		return nil
	}

	if err := fp.repos.RefreshIdentity(ctx, evt.Did); err != nil {
		return err
	}

	return nil
}

// ProcessAccount reproduces cmd/tap/firehose.go:294 (lookup call :298,
// EnsureRepo :303).
func (fp *FirehoseProcessor) ProcessAccount(ctx context.Context, evt *comatproto.SyncSubscribeRepos_Account) error {
	defer fp.updateLastSeq(evt.Seq)

	curr, err := fp.repos.GetRepoState(ctx, evt.Did) // safe: EnsureRepo is gorm Save on the repos primary key (did), i.e. UPDATE then INSERT ... ON CONFLICT DO UPDATE
	if err != nil {
		return err
	} else if curr == nil {
		if fp.fullNetworkMode && evt.Active {
			if err := fp.repos.EnsureRepo(ctx, evt.Did); err != nil {
				fp.logger.Error("failed to auto-track repo", "did", evt.Did, "error", err)
				return err
			}
			return nil
		}
		return nil
	}

	var updateTo models.AccountStatus
	if evt.Active {
		updateTo = models.AccountStatusActive
	} else if evt.Status != nil && (*evt.Status == string(models.AccountStatusDeactivated) || *evt.Status == string(models.AccountStatusTakendown) || *evt.Status == string(models.AccountStatusSuspended) || *evt.Status == string(models.AccountStatusDeleted)) {
		updateTo = models.AccountStatus(*evt.Status)
	} else {
		// no-op for other events such as throttled or desynchronized
		return nil
	}

	if curr.Status == updateTo {
		return nil
	}

	identityEvt := &IdentityEvt{
		Did:      curr.Did,
		Handle:   curr.Handle,
		IsActive: evt.Active,
		Status:   updateTo,
	}

	if updateTo == models.AccountStatusDeleted {
		if err := fp.events.AddIdentityEvent(ctx, identityEvt, func(tx *gorm.DB) error {
			return deleteRepo(tx, evt.Did)
		}); err != nil {
			fp.logger.Error("failed to delete repo", "did", evt.Did, "error", err)
			return err
		}
	} else {
		if err := fp.events.AddIdentityEvent(ctx, identityEvt, func(tx *gorm.DB) error {
			return tx.Model(&models.Repo{}).
				Where("did = ?", evt.Did).
				Update("status", updateTo).Error
		}); err != nil {
			fp.logger.Error("failed to update repo status", "did", evt.Did, "status", updateTo, "error", err)
			return err
		}
	}

	return nil
}

// saveCursor reproduces cmd/tap/firehose.go:359.
func (fp *FirehoseProcessor) saveCursor(ctx context.Context) error {
	seq := fp.lastSeq.Load()
	if seq < 1 {
		return nil
	}

	return fp.db.WithContext(ctx).Save(&models.FirehoseCursor{
		Url:    fp.relayUrl,
		Cursor: seq,
	}).Error
}

// GetCursor reproduces cmd/tap/firehose.go:386.
func (fp *FirehoseProcessor) GetCursor(ctx context.Context) (int64, error) {
	if fp.noReplay {
		fp.logger.Info("firehose replay disabled, skipping to live")
		return 0, nil
	}

	var cursor models.FirehoseCursor
	if err := fp.db.WithContext(ctx).Where("url = ?", fp.relayUrl).First(&cursor).Error; err != nil {
		if err == gorm.ErrRecordNotFound {
			fp.logger.Info("no pre-existing cursor in database", "relayUrl", fp.relayUrl)
			return 0, nil
		}
		return 0, err
	}
	return cursor.Cursor, nil
}
