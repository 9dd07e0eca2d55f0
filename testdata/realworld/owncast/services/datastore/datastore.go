package datastore

import (
	"bytes"
	"database/sql"
	"encoding/gob"
	"sync"

	"example.com/realworld/owncast/db"
	"example.com/realworld/owncast/models"
	log "example.com/realworld/owncast/third_party/logrus"
)

// Datastore is services/datastore/datastore.go:18 (the value cache is
// dropped). On disk the *sql.DB is opened with SetMaxOpenConns(1)
// (services/datastore/data.go, SetupPersistence): statements from concurrent
// goroutines take turns on the one connection, but a lookup and the insert
// that follows it are still two separate statements.
type Datastore struct {
	DB     *sql.DB
	DbLock *sync.Mutex
}

// GetQueries is services/datastore/datastore.go:46.
func (ds *Datastore) GetQueries() *db.Queries {
	return db.New(ds.DB)
}

// Get is services/datastore/datastore.go:51 (cache trimmed).
func (ds *Datastore) Get(key string) (models.ConfigEntry, error) {
	var resultKey string
	var resultValue []byte

	row := ds.DB.QueryRow("SELECT key, value FROM datastore WHERE key = ? LIMIT 1", key)
	if err := row.Scan(&resultKey, &resultValue); err != nil {
		return models.ConfigEntry{}, err
	}

	return models.ConfigEntry{Key: resultKey, Value: resultValue}, nil
}

// Save is services/datastore/datastore.go:78: an upsert (ON CONFLICT(key)
// DO UPDATE) under DbLock.
func (ds *Datastore) Save(e models.ConfigEntry) error {
	ds.DbLock.Lock()
	defer ds.DbLock.Unlock()

	var dataGob bytes.Buffer
	enc := gob.NewEncoder(&dataGob)
	if err := enc.Encode(e.Value); err != nil {
		return err
	}

	tx, err := ds.DB.Begin()
	if err != nil {
		return err
	}
	var stmt *sql.Stmt
	stmt, err = tx.Prepare("INSERT INTO datastore (key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value")
	if err != nil {
		return err
	}
	_, err = stmt.Exec(e.Key, dataGob.Bytes())
	if err != nil {
		return err
	}
	defer stmt.Close()

	if err = tx.Commit(); err != nil {
		log.Errorln(err)
	}

	return nil
}

// GetString is a reduced copy of the datastore string getter (gob decode of
// Get).
func (ds *Datastore) GetString(key string) (string, error) {
	configEntry, err := ds.Get(key)
	if err != nil {
		return "", err
	}
	raw, _ := configEntry.Value.([]byte)
	var value string
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&value); err != nil {
		return "", err
	}
	return value, nil
}

// SetString is a reduced copy of the datastore string setter (Save).
func (ds *Datastore) SetString(key string, value string) error {
	return ds.Save(models.ConfigEntry{Key: key, Value: value})
}
