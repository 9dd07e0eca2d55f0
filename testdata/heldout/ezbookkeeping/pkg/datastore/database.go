// Package datastore is a reduced copy of github.com/mayswind/ezbookkeeping/pkg/datastore
// (database.go, datastore.go, datastore_container.go).
package datastore

import (
	"xorm.io/xorm"

	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/settings"
)

// Database represents a database instance (pkg/datastore/database.go:10)
type Database struct {
	databaseType string
	engineGroup  *xorm.EngineGroup
}

// NewSession starts a new session with the specified context (pkg/datastore/database.go:17)
func (db *Database) NewSession(c core.Context) *xorm.Session {
	return db.engineGroup.Context(c)
}

// DoTransaction runs a new database transaction (pkg/datastore/database.go:22)
func (db *Database) DoTransaction(c core.Context, fn func(sess *xorm.Session) error) (err error) {
	sess := db.engineGroup.NewSession()

	if c != nil {
		sess.Context(c)
	}

	defer sess.Close()

	if err = sess.Begin(); err != nil {
		return err
	}

	if err = fn(sess); err != nil {
		_ = sess.Rollback()
		return err
	}

	if err = sess.Commit(); err != nil {
		return err
	}

	return nil
}

// SetSavePoint sets a save point in the current transaction for Postgres (pkg/datastore/database.go:48)
func (db *Database) SetSavePoint(sess *xorm.Session, savePointName string) error {
	if db.databaseType == settings.PostgresDbType {
		_, err := sess.Exec("SAVEPOINT " + savePointName)
		return err
	}

	return nil
}

// RollbackToSavePoint rolls back to the specified save point in the current transaction for Postgres (pkg/datastore/database.go:58)
func (db *Database) RollbackToSavePoint(sess *xorm.Session, savePointName string) error {
	if db.databaseType == settings.PostgresDbType {
		_, err := sess.Exec("ROLLBACK TO SAVEPOINT " + savePointName)
		return err
	}

	return nil
}

// DataStore represents a data storage containing a series of database shards (pkg/datastore/datastore.go)
type DataStore struct {
	databases []*Database
}

// Choose returns a database instance by sharding key
func (s *DataStore) Choose(key int64) *Database {
	return s.databases[key%int64(len(s.databases))]
}

// Count returns the count of database shards
func (s *DataStore) Count() int { return len(s.databases) }

// SyncStructs updates database structs from the xorm struct tags (pkg/datastore/datastore.go:45, Sync2)
func (s *DataStore) SyncStructs(beans ...any) error {
	for i := 0; i < len(s.databases); i++ {
		if err := s.databases[i].engineGroup.Sync2(beans...); err != nil {
			return err
		}
	}
	return nil
}

// DataStoreContainer contains all data storages (pkg/datastore/datastore_container.go)
type DataStoreContainer struct {
	UserStore     *DataStore
	TokenStore    *DataStore
	UserDataStore *DataStore
}

// Container contains the current data storages
var Container = &DataStoreContainer{}

// NewDataStoreContainer builds the container from one engine group per store
func NewDataStoreContainer(databaseType string, user, token, userData *xorm.EngineGroup) *DataStoreContainer {
	mk := func(g *xorm.EngineGroup) *DataStore {
		return &DataStore{databases: []*Database{{databaseType: databaseType, engineGroup: g}}}
	}
	return &DataStoreContainer{UserStore: mk(user), TokenStore: mk(token), UserDataStore: mk(userData)}
}
