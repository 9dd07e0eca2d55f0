package data

import (
	"example.com/heldout/answer/third_party/pacman/cache"
	"xorm.io/xorm"
)

// Data reproduces internal/base/data/data.go:41: Answer's wrapper around the
// xorm engine (repositories reach the database through data.DB).
// Data data
type Data struct {
	DB    *xorm.Engine
	Cache cache.Cache
}

// NewData reproduces internal/base/data/data.go:47 (the cleanup's log line left out).
// NewData new data instance
func NewData(db *xorm.Engine, cache cache.Cache) (*Data, func(), error) {
	cleanup := func() {
		db.Close()
	}
	return &Data{DB: db, Cache: cache}, cleanup, nil
}
