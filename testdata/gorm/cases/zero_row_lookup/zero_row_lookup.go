// Issue 17: a lookup helper that drops the query's error and returns the
// row it filled: a new zero row when none matched (or the query failed),
// never nil. Callers test the primary key (rustdesk-api's
// AddressBookService.InfoByUserIdAndIdAndCid, then `if ex.RowId > 0`).
// A caller that tests the row against nil never creates on not-found,
// and a per-key lock held around the check and the create (rustdesk-api's
// lock.Locker, whose release is spelled UnLock) keeps one process's
// callers apart: neither is reported.
package zero_row_lookup

import (
	"errors"
	"sync"

	"gorm.io/gorm"
)

type Entry struct {
	RowID  uint   `gorm:"primaryKey"`
	UserID uint   `gorm:"uniqueIndex:idx_entry_user_peer"`
	PeerID string `gorm:"uniqueIndex:idx_entry_user_peer"`
	Note   string
}

// Info returns a zero Entry when none matched.
func Info(db *gorm.DB, userID uint, peerID string) *Entry {
	p := &Entry{}
	db.Where("user_id = ? AND peer_id = ?", userID, peerID).First(p)
	return p
}

// ErrExists is the found path's answer.
var ErrExists = errors.New("item exists")

// Add is rustdesk-api's AddressBook.Create.
func Add(db *gorm.DB, userID uint, peerID string) error {
	ex := Info(db, userID, peerID)
	if ex.RowID > 0 {
		return ErrExists
	}
	e := &Entry{UserID: userID, PeerID: peerID, Note: "added"}
	return db.Create(e).Error
}

type Account struct {
	ID    uint   `gorm:"primaryKey"`
	Email string `gorm:"uniqueIndex"`
}

// ByEmail returns the account by value, zero when none matched.
func ByEmail(db *gorm.DB, email string) Account {
	var a Account
	db.Where("email = ?", email).Take(&a)
	return a
}

// EnsureAccount creates the account when its id is zero.
func EnsureAccount(db *gorm.DB, email string) (uint, error) {
	a := ByEmail(db, email)
	if a.ID == 0 {
		a = Account{Email: email}
		if err := db.Create(&a).Error; err != nil {
			return 0, err
		}
	}
	return a.ID, nil
}

// AddIfNil is a negative: the zero row is never nil, so the create never
// runs on not-found.
func AddIfNil(db *gorm.DB, userID uint, peerID string) error {
	if ex := Info(db, userID, peerID); ex == nil {
		return db.Create(&Entry{UserID: userID, PeerID: peerID}).Error
	}
	return nil
}

// Locker is rustdesk-api's lock.Locker: a per-key mutex behind an
// interface.
type Locker interface {
	Lock(key string)
	UnLock(key string)
}

type local struct{ m sync.Map }

func (l *local) Lock(key string) {
	mu, _ := l.m.LoadOrStore(key, &sync.Mutex{})
	mu.(*sync.Mutex).Lock()
}

func (l *local) UnLock(key string) {
	if mu, ok := l.m.Load(key); ok {
		mu.(*sync.Mutex).Unlock()
	}
}

// Lock serializes one process's callers per key.
var Lock Locker = &local{}

// AddLocked is a negative by default: the check and the create run under
// the per-key lock (reported with -replicas).
func AddLocked(db *gorm.DB, userID uint, peerID string) error {
	Lock.Lock("add")
	defer Lock.UnLock("add")
	if ex := Info(db, userID, peerID); ex.RowID > 0 {
		return ErrExists
	}
	return db.Create(&Entry{UserID: userID, PeerID: peerID}).Error
}
