// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import (
	"time"

	"example.com/realworld/photoprism/internal/event"
	"gorm.io/gorm"
)

// dbConn stands in for internal/entity/db_conn.go DbConn.
var dbConn *gorm.DB

// SetDbProvider stands in for internal/entity/db_conn.go.
func SetDbProvider(db *gorm.DB) { dbConn = db }

// Db is internal/entity/db.go:17: returns the default *gorm.DB connection.
func Db() *gorm.DB {
	if dbConn == nil {
		return nil
	}

	return dbConn
}

// UnscopedDb is internal/entity/db.go:27: returns an unscoped *gorm.DB connection
// that returns all records including deleted records.
func UnscopedDb() *gorm.DB {
	return Db().Unscoped()
}

// log is internal/entity/entity.go:33.
var log = event.Log

// Map is internal/entity/entity_values.go:9.
type Map = map[string]interface{}

// Now is internal/entity/entity_time.go:16.
func Now() time.Time {
	return time.Now().UTC().Truncate(time.Second)
}

// TimeStamp is internal/entity/entity_time.go:21.
func TimeStamp() *time.Time {
	t := Now()
	return &t
}
