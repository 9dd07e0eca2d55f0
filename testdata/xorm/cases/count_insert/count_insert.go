// xorm: Count as the existence test (n, err := x.Where(...).Count(&T{}),
// then n == 0 or n > 0).
package count_insert

import (
	"errors"

	"xorm.io/xorm"
)

type Watch struct {
	ID     int64 `xorm:"pk autoincr 'id'"`
	UserID int64 `xorm:"unique(w) 'user_id'"`
	RepoID int64 `xorm:"unique(w) 'repo_id'"`
}

// ErrWatching is the found path's answer.
var ErrWatching = errors.New("already watching")

// WatchRepo adds the watch unless one is counted.
func WatchRepo(engine *xorm.Engine, userID, repoID int64) error {
	n, err := engine.Where("user_id = ? AND repo_id = ?", userID, repoID).Count(&Watch{})
	if err != nil {
		return err
	}
	if n > 0 {
		return ErrWatching
	}
	_, err = engine.Insert(&Watch{UserID: userID, RepoID: repoID})
	return err
}

// AddIfNone inserts when the count is zero.
func AddIfNone(engine *xorm.Engine, userID, repoID int64) (bool, error) {
	n, err := engine.Where("user_id = ? AND repo_id = ?", userID, repoID).Count(new(Watch))
	if err != nil {
		return false, err
	}
	if n == 0 {
		if _, err := engine.Insert(&Watch{UserID: userID, RepoID: repoID}); err != nil {
			return false, err
		}
		return true, nil
	}
	return false, nil
}
