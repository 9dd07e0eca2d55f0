// Issue 18: a helper that hands a map of conditions from its caller to
// GORM (go-ldap-admin's Exist(filter map[string]interface{}) bool over
// db.Where(filter).First(&u)) is keyed at each call by the map given:
// fixed where the map pins a unique key, reported where it does not.
package forwarded_map

import (
	"errors"

	"gorm.io/gorm"
)

// H is a map of conditions.
type H map[string]interface{}

type Member struct {
	ID       uint   `gorm:"primaryKey"`
	Username string `gorm:"uniqueIndex"`
	Nickname string
}

// Members is the data layer.
type Members struct{ DB *gorm.DB }

// Exist reports whether a member matches filter.
func (s Members) Exist(filter map[string]interface{}) bool {
	var m Member
	err := s.DB.Where(filter).First(&m).Error
	return !errors.Is(err, gorm.ErrRecordNotFound)
}

// Add creates the member unless the username is taken.
func (s Members) Add(name string) error {
	if s.Exist(H{"username": name}) {
		return errors.New("username taken")
	}
	return s.DB.Create(&Member{Username: name, Nickname: name}).Error
}

// AddNick checks a column without a unique index: reported, not fixed.
func (s Members) AddNick(nick string) error {
	if s.Exist(H{"nickname": nick}) {
		return errors.New("nickname taken")
	}
	return s.DB.Create(&Member{Username: "u-" + nick, Nickname: nick}).Error
}

// ExistName reports whether a member has the username.
func (s Members) ExistName(name string) bool {
	var m Member
	err := s.DB.Where("username = ?", name).First(&m).Error
	return !errors.Is(err, gorm.ErrRecordNotFound)
}

// AddName creates the member unless the username is taken.
func (s Members) AddName(name string) error {
	if s.ExistName(name) {
		return errors.New("username taken")
	}
	return s.DB.Create(&Member{Username: name, Nickname: name}).Error
}
