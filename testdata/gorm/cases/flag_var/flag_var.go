package flag_var

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Sub   string `gorm:"uniqueIndex"`
	Email string
}

// FromClaim: "not found" is remembered in a flag, tested later.
func FromClaim(db *gorm.DB, sub, email string) (*User, error) {
	var (
		user    User
		newUser bool
	)
	err := db.Where("sub = ?", sub).First(&user).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		newUser = true
		user = User{Sub: sub}
	} else if err != nil {
		return nil, err
	}
	user.Email = email
	if newUser {
		err = db.Create(&user).Error
	} else {
		err = db.Save(&user).Error
	}
	return &user, err
}

// FlagStartsTrue: the flag is true before the lookup, so it says
// nothing about it; no finding.
func FlagStartsTrue(db *gorm.DB, sub string) error {
	fresh := true
	var user User
	err := db.Where("sub = ?", sub).First(&user).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		fresh = true
	}
	if fresh {
		return db.Create(&User{Sub: sub}).Error
	}
	return err
}

// FlagOfSomethingElse: the flag is set whatever the lookup found.
func FlagOfSomethingElse(db *gorm.DB, sub string, admin bool) error {
	var create bool
	var user User
	err := db.Where("sub = ?", sub).First(&user).Error
	if admin {
		create = true
	}
	if create {
		return db.Create(&User{Sub: sub}).Error
	}
	return err
}

// FlagDeclaredEarly: the flag outlives a retry, so no fix.
func FlagDeclaredEarly(db *gorm.DB, sub string) (*User, error) {
	newUser := false
	if sub == "" {
		return nil, errors.New("no sub")
	}
	var user User
	err := db.Where("sub = ?", sub).First(&user).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		newUser = true
		user = User{Sub: sub}
	}
	if newUser {
		err = db.Create(&user).Error
	}
	return &user, err
}
