// Package bundb is a reduced copy of internal/db/bundb: the bun
// implementations of the internal/db interfaces used by the catalogued
// sites. Model caches (state.Caches.DB) sit in front of the queries.
package bundb

import (
	"github.com/uptrace/bun"

	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/state"
)

// DBService is internal/db/bundb/bundb.go:56.
type DBService struct {
	db.Account
	db.Admin
	db.Domain
	db.Instance
	db.Interaction
	db.Marker
	db.Move
	db.Notification
	db.Relationship
	db.Session
	db.Status
	db.StatusBookmark
	db.StatusFave
	db.Tag
	db.Thread
	db.Tombstone
	db.User
	db.WebPush
	db *bun.DB
}

// NewBunDBService is internal/db/bundb/bundb.go:143 (connection setup and
// migrations trimmed: the caller passes the opened *bun.DB).
func NewBunDBService(bdb *bun.DB, state *state.State) db.DB {
	ps := &DBService{
		Account:        &accountDB{db: bdb, state: state},
		Admin:          &adminDB{db: bdb, state: state},
		Domain:         &domainDB{db: bdb, state: state},
		Instance:       &instanceDB{db: bdb, state: state},
		Interaction:    &interactionDB{db: bdb, state: state},
		Marker:         &markerDB{db: bdb, state: state},
		Move:           &moveDB{db: bdb, state: state},
		Notification:   &notificationDB{db: bdb, state: state},
		Relationship:   &relationshipDB{db: bdb, state: state},
		Session:        &sessionDB{db: bdb},
		Status:         &statusDB{db: bdb, state: state},
		StatusBookmark: &statusBookmarkDB{db: bdb, state: state},
		StatusFave:     &statusFaveDB{db: bdb, state: state},
		Tag:            &tagDB{db: bdb, state: state},
		Thread:         &threadDB{db: bdb, state: state},
		Tombstone:      &tombstoneDB{db: bdb, state: state},
		User:           &userDB{db: bdb, state: state},
		WebPush:        &webPushDB{db: bdb, state: state},
		db:             bdb,
	}
	state.DB = ps
	return ps
}
