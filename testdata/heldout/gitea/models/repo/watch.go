// Copyright 2017 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from models/repo/watch.go @15415a26ab7d0bdacf61fd4fa48ffd9cc835253a (lines 1-141, verbatim but for the markers;
// WatchRepoOptions :149, a lookup that guards an update, is left out).

package repo

import (
	"context"

	"example.com/heldout/gitea/models/db"
	user_model "example.com/heldout/gitea/models/user"
	"example.com/heldout/gitea/modules/timeutil"
)

// WatchMode specifies what kind of watch the user has on a repository
type WatchMode int8

const (
	// WatchModeNone don't watch
	WatchModeNone WatchMode = iota // 0
	// WatchModeNormal watch repository (from other sources)
	WatchModeNormal // 1
	// WatchModeDont explicit don't auto-watch
	WatchModeDont // 2
	// WatchModeAuto watch repository (from AutoWatchOnChanges)
	WatchModeAuto // 3
)

type WatchType int8

const (
	WatchPullRequests WatchType = iota // 0
	WatchIssues                        // 1
	WatchReleases                      // 2
)

// Watch is connection request for receiving repository notification.
type Watch struct {
	ID           int64              `xorm:"pk autoincr"`
	UserID       int64              `xorm:"UNIQUE(watch)"`
	RepoID       int64              `xorm:"UNIQUE(watch)"`
	Mode         WatchMode          `xorm:"SMALLINT NOT NULL DEFAULT 1"`
	CreatedUnix  timeutil.TimeStamp `xorm:"INDEX created"`
	UpdatedUnix  timeutil.TimeStamp `xorm:"INDEX updated"`
	PullRequests bool               `xorm:"NOT NULL DEFAULT true"`
	Issues       bool               `xorm:"NOT NULL DEFAULT true"`
	Releases     bool               `xorm:"NOT NULL DEFAULT true"`
}

func init() {
	db.RegisterModel(new(Watch))
}

// GetWatch gets what kind of subscription a user has on a given repository; returns dummy record if none found
func GetWatch(ctx context.Context, userID, repoID int64) (Watch, error) {
	watch := Watch{UserID: userID, RepoID: repoID}
	has, err := db.GetEngine(ctx).Get(&watch)
	if err != nil {
		return watch, err
	}
	if !has {
		watch.Mode = WatchModeNone
	}
	return watch, nil
}

// IsWatchMode Decodes watchability of WatchMode
func IsWatchMode(mode WatchMode) bool {
	return mode != WatchModeNone && mode != WatchModeDont
}

// IsWatching checks if user has watched given repository.
func IsWatching(ctx context.Context, userID, repoID int64) bool {
	watch, err := GetWatch(ctx, userID, repoID)
	return err == nil && IsWatchMode(watch.Mode)
}

func watchRepoMode(ctx context.Context, watch Watch, mode WatchMode) (err error) {
	if watch.Mode == mode {
		return nil
	}
	if mode == WatchModeAuto && (watch.Mode == WatchModeDont || IsWatchMode(watch.Mode)) {
		// Don't auto watch if already watching or deliberately not watching
		return nil
	}

	hadrec := watch.Mode != WatchModeNone
	needsrec := mode != WatchModeNone
	repodiff := 0

	if IsWatchMode(mode) && !IsWatchMode(watch.Mode) {
		repodiff = 1
	} else if !IsWatchMode(mode) && IsWatchMode(watch.Mode) {
		repodiff = -1
	}

	// Only (re)seed the per-event flags when transitioning to/from a watching state,
	// so an already-watching user keeps any Custom selection they configured.
	if IsWatchMode(mode) != IsWatchMode(watch.Mode) {
		watch.PullRequests = IsWatchMode(mode)
		watch.Issues = IsWatchMode(mode)
		watch.Releases = IsWatchMode(mode)
	}
	watch.Mode = mode

	if !hadrec && needsrec {
		if err = db.Insert(ctx, watch); err != nil {
			return err
		}
	} else if needsrec {
		if _, err := db.GetEngine(ctx).ID(watch.ID).AllCols().Update(watch); err != nil {
			return err
		}
	} else if _, err = db.DeleteByID[Watch](ctx, watch.ID); err != nil {
		return err
	}
	if repodiff != 0 {
		_, err = db.GetEngine(ctx).Exec("UPDATE `repository` SET num_watches = num_watches + ? WHERE id = ?", repodiff, watch.RepoID)
	}
	return err
}

// WatchRepo watch or unwatch repository.
// callers: POST /{owner}/{repo}/action/watch, PUT /api/v1/repos/{owner}/{repo}/subscription,
// services/repository (watch on create/transfer/collaborator add)
func WatchRepo(ctx context.Context, doer *user_model.User, repo *Repository, doWatch bool) error {
	// no transaction; a missing row is reported as Mode == WatchModeNone and watchRepoMode inserts (:108);
	// watch (user_id, repo_id) is UNIQUE(watch)
	watch, err := GetWatch(ctx, doer.ID, repo.ID) // race
	if err != nil {
		return err
	}
	if !doWatch && watch.Mode == WatchModeAuto {
		return watchRepoMode(ctx, watch, WatchModeDont)
	} else if !doWatch {
		return watchRepoMode(ctx, watch, WatchModeNone)
	}

	if user_model.IsUserBlockedBy(ctx, doer, repo.OwnerID) {
		return user_model.ErrBlockedUser
	}

	return watchRepoMode(ctx, watch, WatchModeNormal)
}
