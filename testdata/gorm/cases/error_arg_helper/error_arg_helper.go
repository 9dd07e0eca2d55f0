// The lookup's error is passed to a helper that creates when it is
// not-found (alist's autoRegister): reported through the helper, with no
// fix. The lookup wraps its error with a %w-style wrapper.
package error_arg_helper

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	SSOID string `gorm:"uniqueIndex"`
}

func UserBySSOID(db *gorm.DB, id string) (*User, error) {
	var u User
	if err := db.Where("sso_id = ?", id).First(&u).Error; err != nil {
		return nil, fmt.Errorf("no user for %s: %w", id, err)
	}
	return &u, nil
}

func autoRegister(db *gorm.DB, id string, err error) (*User, error) {
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}
	u := &User{SSOID: id}
	if err := db.Create(u).Error; err != nil {
		return nil, err
	}
	return u, nil
}

func Login(db *gorm.DB, id string) (*User, error) {
	u, err := UserBySSOID(db, id)
	if err != nil {
		u, err = autoRegister(db, id, err)
	}
	return u, err
}

type Event struct {
	ID   uint
	Kind string
}

func logMiss(db *gorm.DB, id string, err error) error {
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	return db.Create(&Event{Kind: "miss " + id}).Error
}

// Not a site: the helper creates another model.
func Probe(db *gorm.DB, id string) error {
	_, err := UserBySSOID(db, id)
	return logMiss(db, id, err)
}
