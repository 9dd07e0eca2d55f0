// The create goes through a repository method that also writes another
// row (the user's profile), in one db.Transaction: all or nothing, so a
// caller that loses the race may go back to its lookup as after one
// insert (report-only before the ninth session).
package repository_multi_write

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

type Profile struct {
	ID     uint
	UserID uint
}

type Users struct{ db *gorm.DB }

func (r *Users) Insert(u *User) error {
	return r.db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(u).Error; err != nil {
			return err
		}
		return tx.Create(&Profile{UserID: u.ID}).Error
	})
}

func SignIn(db *gorm.DB, r *Users, email string) (*User, error) {
	var u User
	err := db.Where("email = ?", email).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = User{Email: email}
		err = r.Insert(&u)
	}
	return &u, err
}
