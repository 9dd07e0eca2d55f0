// Issue 18: a repository lookup through a generic read helper that runs
// the callback it is given in a transaction it rolls back (headscale's
// Read(db, func(rx *gorm.DB) (T, error))): the helper only calls its
// callback, and what the callback does is judged where it is written, so
// the lookup only reads and the site is fixed in the caller. A callback
// that writes makes the helper's call a write: reported, not fixed.
package read_helper

import (
	"errors"

	"gorm.io/gorm"
)

type Account struct {
	ID  uint   `gorm:"primaryKey"`
	Sub string `gorm:"uniqueIndex"`
}

var lookups int

// Read runs fn in a read transaction.
func Read[T any](db *gorm.DB, fn func(rx *gorm.DB) (T, error)) (T, error) {
	rx := db.Begin()
	defer rx.Rollback()
	return fn(rx)
}

func GetAccount(rx *gorm.DB, sub string) (*Account, error) {
	var a Account
	if err := rx.Where("sub = ?", sub).First(&a).Error; err != nil {
		return nil, err
	}
	return &a, nil
}

// countedAccount counts its calls: a write.
func countedAccount(rx *gorm.DB, sub string) (*Account, error) {
	lookups++
	var a Account
	if err := rx.Where("sub = ?", sub).First(&a).Error; err != nil {
		return nil, err
	}
	return &a, nil
}

type Store struct{ DB *gorm.DB }

func (s *Store) AccountBySub(sub string) (*Account, error) {
	return Read(s.DB, func(rx *gorm.DB) (*Account, error) { return GetAccount(rx, sub) })
}

func (s *Store) CountedAccountBySub(sub string) (*Account, error) {
	return Read(s.DB, func(rx *gorm.DB) (*Account, error) { return countedAccount(rx, sub) })
}

func (s *Store) CreateAccount(a *Account) error { return s.DB.Create(a).Error }

// Login looks up through the read helper: fixed.
func Login(db *gorm.DB, sub string) (*Account, error) {
	s := &Store{DB: db}
	a, err := s.AccountBySub(sub)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = &Account{Sub: sub}
		err = s.CreateAccount(a)
	}
	return a, err
}

// CountedLogin's callback writes a package variable: not fixed.
func CountedLogin(db *gorm.DB, sub string) (*Account, error) {
	s := &Store{DB: db}
	a, err := s.CountedAccountBySub(sub)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = &Account{Sub: sub}
		err = s.CreateAccount(a)
	}
	return a, err
}
