// Issue 18: a create function that holds a package mutex for its insert
// (photoprism's Keyword.Create) leaves the mutex as it found it, so a
// caller that runs it again writes nothing by it: fixed in the caller. A
// create function that locks and does not unlock is an effect.
package scoped_lock_create

import (
	"errors"
	"sync"

	"gorm.io/gorm"
)

var tagMutex = sync.Mutex{}

var counterMutex sync.RWMutex

type Tag struct {
	ID   uint   `gorm:"primaryKey"`
	Name string `gorm:"uniqueIndex"`
}

// Create inserts the tag under the package mutex.
func (t *Tag) Create(db *gorm.DB) error {
	tagMutex.Lock()
	defer tagMutex.Unlock()

	return db.Create(t).Error
}

// TagFor returns the tag, creating it on first sight.
//
// replay: not replayed: the insert runs under tagMutex, so a competing
// caller run from the insert's hook would wait for the lock its own
// caller holds (in one process the mutex orders the inserts; the race is
// between processes).
func TagFor(db *gorm.DB, name string) (*Tag, error) {
	var t Tag
	err := db.Where("name = ?", name).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		t = Tag{Name: name}
		err = t.Create(db)
	}
	return &t, err
}

// CreateLocked takes the lock and leaves it to the caller to release.
func (t *Tag) CreateLocked(db *gorm.DB) error {
	counterMutex.Lock()
	return db.Create(t).Error
}

// TagLocked: the create function leaves the mutex locked, an effect.
func TagLocked(db *gorm.DB, name string) (*Tag, error) {
	var t Tag
	err := db.Where("name = ?", name).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		t = Tag{Name: name}
		err = t.CreateLocked(db)
		counterMutex.Unlock()
	}
	return &t, err
}
