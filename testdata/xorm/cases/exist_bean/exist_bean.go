// xorm: Exist with a bean literal: its non-zero fields are the
// conditions.
package exist_bean

import (
	"errors"

	"xorm.io/xorm"
)

type Follow struct {
	ID       int64 `xorm:"pk autoincr 'id'"`
	UserID   int64 `xorm:"unique(follow) 'user_id'"`
	FollowID int64 `xorm:"unique(follow) 'follow_id'"`
}

// ErrFollowing is the found path's answer.
var ErrFollowing = errors.New("already following")

// Follow adds the follow unless it exists.
func FollowUser(engine *xorm.Engine, userID, followID int64) error {
	exists, err := engine.Exist(&Follow{UserID: userID, FollowID: followID})
	if err != nil {
		return err
	}
	if exists {
		return ErrFollowing
	}
	_, err = engine.Insert(&Follow{UserID: userID, FollowID: followID})
	return err
}
