package save_callers_row

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID       uint
	GitHubID string `gorm:"index"`
}

// Bind refuses a taken id, then updates the caller's own row with Save:
// not a create, so not a get-or-create.
func Bind(db *gorm.DB, current *User, login string) error {
	var n int64
	if err := db.Model(&User{}).Where("git_hub_id = ?", login).Count(&n).Error; err != nil {
		return err
	}
	if n > 0 {
		return errors.New("taken")
	}
	current.GitHubID = login
	return db.Save(current).Error
}

// SaveFresh saves a new local row where none was found: an insert.
func SaveFresh(db *gorm.DB, login string) error {
	var n int64
	if err := db.Model(&User{}).Where("git_hub_id = ?", login).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		u := User{GitHubID: login}
		return db.Save(&u).Error
	}
	return nil
}
