// Existence helpers that count and answer with the count and the error
// in one return (opengist's UserExists and SSHKeyDoesExists), tested by
// callers as err != nil || exists.
package count_exists

import (
	"errors"
	"strings"

	"gorm.io/gorm"
)

// User is unique by its normalized name.
type User struct {
	ID                 int64
	Username           string
	UsernameNormalized string `gorm:"uniqueIndex;size:191"`
}

// Users holds the database.
type Users struct{ db *gorm.DB }

// NewUsers returns the users over db.
func NewUsers(db *gorm.DB) *Users { return &Users{db: db} }

// UserExists reports a user of that name.
func (u *Users) UserExists(username string) (bool, error) {
	var count int64
	err := u.db.Model(&User{}).Where("username_normalized = ?", strings.ToLower(username)).Count(&count).Error
	return count > 0, err
}

// ErrExists is the found path's answer.
var ErrExists = errors.New("username exists")

// Register refuses a taken name, else creates the user: fixed.
func (u *Users) Register(username string) (string, error) {
	if exists, err := u.UserExists(username); err != nil || exists {
		if err == nil {
			err = ErrExists
		}
		return "", err
	}
	user := &User{Username: username, UsernameNormalized: strings.ToLower(username)}
	if err := u.db.Create(user).Error; err != nil {
		return "", err
	}
	return "created", nil
}

// Rename refuses a taken name, else renames: a guard of an update,
// nothing to report.
func (u *Users) Rename(id int64, username string) error {
	exists, err := u.UserExists(username)
	if err != nil {
		return err
	}
	if exists {
		return ErrExists
	}
	return u.db.Model(&User{}).Where("id = ?", id).Update("username_normalized", strings.ToLower(username)).Error
}
