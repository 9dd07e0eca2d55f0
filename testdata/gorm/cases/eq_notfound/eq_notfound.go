package eqnotfound

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Profile struct {
	ID     uint
	UserID uint `gorm:"unique"`
	Bio    string
}

func GetProfile(db *gorm.DB, uid uint) (Profile, error) {
	var p Profile
	err := db.Where("user_id = ?", uid).Take(&p).Error
	if err == gorm.ErrRecordNotFound {
		p = Profile{UserID: uid}
		if err := db.Create(&p).Error; err != nil {
			return Profile{}, err // keep the caller's error handling
		}
		return p, nil
	}
	return p, err
}
