// A repository counts the rows of a key and returns the count; its
// callers test it (n > 0) before they create. The count goes through
// the repository as a direct Count would.
package count_helper

import (
	"errors"
	"strconv"

	"gorm.io/gorm"
)

var ErrTaken = errors.New("email taken")

type Account struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
	Name  string
}

type Repo struct{ db *gorm.DB }

// CountByEmail counts the accounts with the email.
func (r *Repo) CountByEmail(email string) (int64, error) {
	var n int64
	err := r.db.Model(&Account{}).Where("email = ?", email).Count(&n).Error
	return n, err
}

// CountByName counts the accounts with the name (not a unique column).
func (r *Repo) CountByName(name string) (int64, error) {
	var n int64
	if err := r.db.Model(&Account{}).Where("name = ?", name).Count(&n).Error; err != nil {
		return 0, err
	}
	return n, nil
}

// Register creates the account unless its email is taken.
func Register(r *Repo, email, name string) error {
	n, err := r.CountByEmail(email)
	if err != nil {
		return err
	}
	if n > 0 {
		return ErrTaken
	}
	return r.db.Create(&Account{Email: email, Name: name}).Error
}

// RegisterName checks the name, which no unique key covers: reported,
// not fixed.
func RegisterName(r *Repo, email, name string) error {
	n, err := r.CountByName(name)
	if err != nil {
		return err
	}
	if n != 0 {
		return ErrTaken
	}
	return r.db.Create(&Account{Email: email, Name: name}).Error
}

// Stats only reads the count: no create.
func Stats(r *Repo, email string) (bool, error) {
	n, err := r.CountByEmail(email)
	return n > 0, err
}

// Number creates the account when its email is not found; the count in
// between only numbers the new account's name and decides nothing, so
// the lookup by email is the one that decides the create.
func Number(r *Repo, email string) error {
	var a Account
	err := r.db.Where("email = ?", email).First(&a).Error
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	n, err := r.CountByName("")
	if err != nil {
		return err
	}
	return r.db.Create(&Account{Email: email, Name: "user" + strconv.FormatInt(n+1, 10)}).Error
}
