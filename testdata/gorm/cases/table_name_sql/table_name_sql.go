// Package table_name_sql names its table with a TableName method and
// keeps the unique key in an SQL migration on that table: the key makes
// the site fixable. A TableName that is not a literal names no table
// upsertfix can read: reported, not fixed.
package table_name_sql

import (
	"errors"

	"gorm.io/gorm"
)

type Setting struct {
	ID         uint
	SettingKey string
	Value      string
}

func (Setting) TableName() string { return "app_" + "settings" }

var prefix = "feature_"

type Flag struct {
	ID         uint
	SettingKey string
}

func (*Flag) TableName() string { return prefix + "flags" }

func EnsureSetting(db *gorm.DB, key, value string) (*Setting, error) {
	var s Setting
	err := db.Where("setting_key = ?", key).First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		s = Setting{SettingKey: key, Value: value}
		err = db.Create(&s).Error
	}
	return &s, err
}

func EnsureFlag(db *gorm.DB, key string) (*Flag, error) {
	var f Flag
	err := db.Where("setting_key = ?", key).First(&f).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		f = Flag{SettingKey: key}
		err = db.Create(&f).Error
	}
	return &f, err
}
