// Issue 17: an in-process lock held from the lookup to the create
// serializes the callers of one process: not reported (nginx-ui's
// per-site lock, a per-key mutex, a package mutex). With -replicas
// (several processes) such sites are reported, with the lock named.
// A lock released before the create, or taken after the lookup, guards
// nothing: reported.
package process_lock

import (
	"errors"
	"sync"

	"gorm.io/gorm"
)

type Alert struct {
	ID      uint
	SiteKey string `gorm:"uniqueIndex"`
}

var locks sync.Map

func lockSite(key string) func() {
	v, _ := locks.LoadOrStore(key, &sync.Mutex{})
	mu := v.(*sync.Mutex)
	mu.Lock()
	return mu.Unlock
}

func AlertFor(db *gorm.DB, key string) (*Alert, error) {
	unlock := lockSite(key)
	defer unlock()
	var a Alert
	err := db.Where("site_key = ?", key).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Alert{SiteKey: key}
		err = db.Create(&a).Error
	}
	return &a, err
}

var mu sync.Mutex

func AlertLocked(db *gorm.DB, key string) (*Alert, error) {
	mu.Lock()
	defer mu.Unlock()
	var a Alert
	err := db.Where("site_key = ?", key).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Alert{SiteKey: key}
		err = db.Create(&a).Error
	}
	return &a, err
}

// KeyMutex locks per key.
type KeyMutex struct{ m sync.Map }

func (k *KeyMutex) Lock(key string) {
	v, _ := k.m.LoadOrStore(key, &sync.Mutex{})
	v.(*sync.Mutex).Lock()
}

func (k *KeyMutex) Unlock(key string) {
	if v, ok := k.m.Load(key); ok {
		v.(*sync.Mutex).Unlock()
	}
}

var perKey KeyMutex

func AlertPerKey(db *gorm.DB, key string) (*Alert, error) {
	perKey.Lock(key)
	defer perKey.Unlock(key)
	var a Alert
	err := db.Where("site_key = ?", key).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Alert{SiteKey: key}
		err = db.Create(&a).Error
	}
	return &a, err
}

// AlertReleased releases the lock before the create: reported.
func AlertReleased(db *gorm.DB, key string) (*Alert, error) {
	var a Alert
	mu.Lock()
	err := db.Where("site_key = ?", key).First(&a).Error
	mu.Unlock()
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Alert{SiteKey: key}
		err = db.Create(&a).Error
	}
	return &a, err
}
