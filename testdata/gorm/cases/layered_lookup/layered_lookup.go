package layered_lookup

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

var ErrUserNotFound = errors.New("user not found")

type User struct {
	ID   uint
	Sub  string `gorm:"uniqueIndex"`
	Name string
}

func getUserBySub(tx *gorm.DB, sub string) (*User, error) {
	u := User{}
	if err := tx.First(&u, "sub = ?", sub).Error; errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrUserNotFound
	} else if err != nil {
		return nil, err
	}
	return &u, nil
}

// Read runs fn in a read transaction.
func Read[T any](db *gorm.DB, fn func(rx *gorm.DB) (T, error)) (T, error) {
	rx := db.Begin()
	defer rx.Rollback()
	return fn(rx)
}

type DB struct{ db *gorm.DB }

func (d *DB) UserBySub(sub string) (*User, error) {
	return Read(d.db, func(rx *gorm.DB) (*User, error) {
		return getUserBySub(rx, sub)
	})
}

type State struct{ d *DB }

func (s *State) UserBySub(sub string) (*User, error) { return s.d.UserBySub(sub) }

func (s *State) CreateUser(u User) (*User, error) {
	if err := s.d.db.Create(&u).Error; err != nil {
		return nil, fmt.Errorf("creating user: %w", err)
	}
	return &u, nil
}

// Login looks the user up through two layers and a read transaction.
func Login(s *State, sub string) (*User, error) {
	u, err := s.UserBySub(sub)
	if errors.Is(err, ErrUserNotFound) {
		return s.CreateUser(User{Sub: sub})
	}
	return u, err
}

// Count forwards to something that is not a lookup: no finding.
func (s *State) Count() (int64, error) {
	return Read(s.d.db, func(rx *gorm.DB) (int64, error) {
		var n int64
		return n, rx.Model(&User{}).Count(&n).Error
	})
}

func Seed(s *State) error {
	n, err := s.Count()
	if err != nil {
		return err
	}
	if n > 100 {
		_, err = s.CreateUser(User{Sub: "seed"})
	}
	return err
}
