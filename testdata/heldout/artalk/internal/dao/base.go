// Package dao reproduces ArtalkJS/Artalk d25beede911d internal/dao.
package dao

import (
	"gorm.io/gorm"
)

// DB reproduces internal/dao/base.go:7.
type DB = gorm.DB

// Dao reproduces internal/dao/base.go:9.
type Dao struct {
	db *DB

	// Cache to speed up database query
	//
	// Please access the cache instance by invoking the `CacheAction` func.
	//
	// As the cache could be nil.
	// Therefore, it is necessary to check if the cache is not nil before referencing it.
	cache *DaoCache
}

// NewDao reproduces internal/dao/base.go:24 (migration trimmed).
func NewDao(db *DB) *Dao {
	dao := &Dao{
		db: db,
	}

	return dao
}

// DB reproduces internal/dao/base.go:34.
func (dao *Dao) DB() *DB {
	return dao.db
}

// SetCache reproduces internal/dao/base.go:38.
func (dao *Dao) SetCache(cache *DaoCache) {
	dao.cache = cache
}

// CacheAction reproduces internal/dao/base.go:42.
func (dao *Dao) CacheAction(fn func(cache *DaoCache)) {
	if dao.cache != nil {
		fn(dao.cache)
	}
}
