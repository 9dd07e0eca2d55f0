// Package database reproduces internal/database/database.go (reduced: the
// gorm SQLite driver is not opened here).
package database

import (
	"sync/atomic"

	commentModel "example.com/heldout/ech0/internal/model/comment"
	commonModel "example.com/heldout/ech0/internal/model/common"
	connectModel "example.com/heldout/ech0/internal/model/connect"
	echoModel "example.com/heldout/ech0/internal/model/echo"
	embeddingModel "example.com/heldout/ech0/internal/model/embedding"
	fileModel "example.com/heldout/ech0/internal/model/file"
	userModel "example.com/heldout/ech0/internal/model/user"
	"gorm.io/gorm"
)

var db atomic.Value

// GetDB is internal/database/database.go:42.
func GetDB() *gorm.DB {
	return db.Load().(*gorm.DB)
}

// SetDB is internal/database/database.go:46.
func SetDB(newDB *gorm.DB) {
	db.Store(newDB)
}

// sqliteConnParams is internal/database/database.go:87: WAL, a 5 s busy
// timeout and _txlock=immediate (every transaction takes the write lock at
// BEGIN). There is no SetMaxOpenConns: statements outside a transaction run on
// separate pooled connections.
const sqliteConnParams = "_journal_mode=WAL&_busy_timeout=5000&_synchronous=NORMAL&_txlock=immediate"

// DSN builds the upstream DSN (openSQLite, database.go:91).
func DSN(dbPath string) string {
	return dbPath + "?" + sqliteConnParams
}

// MigrateDB is internal/database/database.go:168: the schema (and so every
// unique key) comes from GORM AutoMigrate of the tagged models.
func MigrateDB() error {
	models := []interface{}{
		&userModel.User{},
		&userModel.UserLocalAuth{},
		&userModel.UserExternalIdentity{},
		&echoModel.Echo{},
		&embeddingModel.EchoEmbedding{},
		&fileModel.File{},
		&fileModel.TempFile{},
		&commonModel.KeyValue{},
		&connectModel.Connected{},
		&echoModel.Tag{},
		&echoModel.EchoTag{},
		&commentModel.Comment{},
	}

	return GetDB().AutoMigrate(
		models...,
	)
}
