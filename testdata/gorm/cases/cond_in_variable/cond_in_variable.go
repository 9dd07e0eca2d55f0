// The condition is a struct built a few lines above (nezha, pufferpanel).
package cond_in_variable

import (
	"errors"

	"gorm.io/gorm"
)

type Setting struct {
	ID     uint
	UserID uint   `gorm:"uniqueIndex:idx_setting"`
	Key    string `gorm:"uniqueIndex:idx_setting"`
	Value  string
}

func Put(db *gorm.DB, uid uint, key, value string) error {
	w := Setting{UserID: uid, Key: key}
	var s Setting
	err := db.Where(&w).First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		s = Setting{UserID: uid, Key: key, Value: value}
		return db.Create(&s).Error
	}
	if err != nil {
		return err
	}
	return db.Model(&s).Update("value", value).Error
}
