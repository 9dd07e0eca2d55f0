// Copyright 2017 The Gitea Authors. All rights reserved.
// SPDX-License-Identifier: MIT

// Reproduced from models/user/follow.go @99694c7da4916e58ded30ddf290189fe05ee8db8 (lines 1-55).

package user

import (
	"context"

	"example.com/heldout/gitea/models/db"
	"example.com/heldout/gitea/modules/timeutil"
)

// Follow represents relations of user and their followers.
type Follow struct {
	ID          int64              `xorm:"pk autoincr"`
	UserID      int64              `xorm:"UNIQUE(follow)"`
	FollowID    int64              `xorm:"UNIQUE(follow)"`
	CreatedUnix timeutil.TimeStamp `xorm:"INDEX created"`
}

func init() {
	db.RegisterModel(new(Follow))
}

// IsFollowing returns true if user is following followID.
func IsFollowing(ctx context.Context, userID, followID int64) bool {
	has, _ := db.GetEngine(ctx).Get(&Follow{UserID: userID, FollowID: followID})
	return has
}

// FollowUser marks someone be another's follower.
// upstream :32; callers: routers/web/user Action "follow", PUT /api/v1/user/following/{username}
// (through services/user FollowUser)
func FollowUser(ctx context.Context, userID, followID int64) (err error) {
	// the check runs outside the transaction; follow (user_id, follow_id) is UNIQUE(follow)
	if userID == followID || IsFollowing(ctx, userID, followID) { // race
		return nil
	}

	ctx, committer, err := db.TxContext(ctx)
	if err != nil {
		return err
	}
	defer committer.Close()

	if err = db.Insert(ctx, &Follow{UserID: userID, FollowID: followID}); err != nil {
		return err
	}

	if _, err = db.Exec(ctx, "UPDATE `user` SET num_followers = num_followers + 1 WHERE id = ?", followID); err != nil {
		return err
	}

	if _, err = db.Exec(ctx, "UPDATE `user` SET num_following = num_following + 1 WHERE id = ?", userID); err != nil {
		return err
	}
	return committer.Commit()
}
