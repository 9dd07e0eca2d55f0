// xorm behind an interface of the module's own that *xorm.Session (and
// *xorm.Engine) implement, as the Gitea family passes "an engine or a
// session" to its helpers: existence helpers that answer false without
// looking for a user that cannot exist, beans written as unkeyed
// literals, and a column named by a bare word of its tag (gogs's
// watchRepo and isWatching).
package engine_iface

import (
	"database/sql"

	"xorm.io/xorm"
)

// Engine is what the helpers need of an engine or a session.
type Engine interface {
	Delete(...any) (int64, error)
	Exec(...any) (sql.Result, error)
	Get(...any) (bool, error)
	Insert(...any) (int64, error)
	Where(any, ...any) *xorm.Session
}

// Watch is a user watching a repository; uid names its UserID column.
type Watch struct {
	ID     int64
	UserID int64 `xorm:"uid UNIQUE(watch)"`
	RepoID int64 `xorm:"UNIQUE(watch)"`
}

// isWatching looks the watch up by its unique key; no user has an ID
// below 1, so it does not look for one.
func isWatching(e Engine, userID, repoID int64) bool {
	if userID <= 0 {
		return false
	}
	has, _ := e.Get(&Watch{0, userID, repoID})
	return has
}

// isWatchingOrGuest answers true for a guest without looking: not an
// answer of the lookup's.
func isWatchingOrGuest(e Engine, userID, repoID int64) bool {
	if userID <= 0 {
		return true
	}
	has, _ := e.Get(&Watch{0, userID, repoID})
	return has
}

// Store holds the engine as the helpers take it.
type Store struct{ e Engine }

// NewStore returns a store over x.
func NewStore(x *xorm.Engine) *Store { return &Store{e: x} }

// Watch records the watch once.
func (s *Store) Watch(userID, repoID int64) error {
	if isWatching(s.e, userID, repoID) {
		return nil
	}
	_, err := s.e.Insert(&Watch{UserID: userID, RepoID: repoID})
	return err
}

// Unwatch removes the watch: the check guards a delete (a near-miss).
func (s *Store) Unwatch(userID, repoID int64) error {
	if !isWatching(s.e, userID, repoID) {
		return nil
	}
	_, err := s.e.Delete(&Watch{UserID: userID, RepoID: repoID})
	return err
}

// WatchAsGuest goes through a helper whose true is not always a row
// found: it is not summarized, and nothing is reported.
func (s *Store) WatchAsGuest(userID, repoID int64) error {
	if isWatchingOrGuest(s.e, userID, repoID) {
		return nil
	}
	_, err := s.e.Insert(&Watch{UserID: userID, RepoID: repoID})
	return err
}
