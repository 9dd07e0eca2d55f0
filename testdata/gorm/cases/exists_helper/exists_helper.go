// A boolean "already taken" helper (one-api's IsGitHubIdAlreadyTaken),
// then a create through a repository method of the record (u.Insert()):
// fixed in the caller.
package exists_helper

import (
	"errors"

	"gorm.io/gorm"
)

var ErrTaken = errors.New("this GitHub account is already bound")

type User struct {
	ID       uint
	GitHubID string `gorm:"uniqueIndex"`
}

var DB *gorm.DB

func IsGitHubIDAlreadyTaken(id string) bool {
	return DB.Where("git_hub_id = ?", id).Find(&User{}).RowsAffected == 1
}

func (u *User) Insert() error { return DB.Create(u).Error }

func Bind(id string) error {
	if IsGitHubIDAlreadyTaken(id) {
		return ErrTaken
	}
	u := User{GitHubID: id}
	return u.Insert()
}

type Event struct {
	ID   uint
	Kind string
}

// Not a site: the create is of another model.
func Note(id string) error {
	if !IsGitHubIDAlreadyTaken(id) {
		return DB.Create(&Event{Kind: "unbound " + id}).Error
	}
	return nil
}
