package database

import (
	"gorm.io/gorm"
)

// Tables is the list of struct-to-table mappings created by GORM AutoMigrate
// (internal/database/database.go:41): their unique keys are the `gorm:"..."` tags.
//
// NOTE: Lines are sorted in alphabetical order, each letter in its own line.
//
// ⚠️ WARNING: This list is meant to be read-only.
var Tables = []any{
	new(Access), new(AccessToken),
	new(EmailAddress),
	new(Follow),
	new(LFSObject), new(LoginSource),
}

// DB is the database handler for the storage layer (internal/database/database.go:125).
type DB struct {
	db *gorm.DB
}

// Handle is the global database handle.
var Handle *DB

func (db *DB) AccessTokens() *AccessTokensStore {
	return newAccessTokensStore(db.db)
}

func (db *DB) LFS() *LFSStore {
	return newLFSStore(db.db)
}

func (db *DB) LoginSources() *LoginSourcesStore {
	return newLoginSourcesStore(db.db)
}

func (db *DB) Repositories() *RepositoriesStore {
	return newReposStore(db.db)
}

func (db *DB) Users() *UsersStore {
	return newUsersStore(db.db)
}
