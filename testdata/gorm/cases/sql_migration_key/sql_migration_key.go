// Package sql_migration_key keeps its unique keys in SQL migrations
// (golang-migrate, goose), not in struct tags: the key in an up migration
// makes the site fixable; one in a goose Down section does not count.
package sql_migration_key

import (
	"errors"

	"gorm.io/gorm"
)

type FeatureFlag struct {
	ID      uint
	Name    string
	Enabled bool
}

type Rollout struct {
	ID     uint
	Flag   string
	Region string
}

// Only a goose Down section declares (flag, region) unique: reported,
// with no fix, naming where upsertfix looked.
func EnsureRollout(db *gorm.DB, flag, region string) (*Rollout, error) {
	var r Rollout
	err := db.Where("flag = ? AND region = ?", flag, region).First(&r).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		r = Rollout{Flag: flag, Region: region}
		err = db.Create(&r).Error
	}
	return &r, err
}

func EnsureFlag(db *gorm.DB, name string) (*FeatureFlag, error) {
	var f FeatureFlag
	err := db.Where("name = ?", name).First(&f).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		f = FeatureFlag{Name: name}
		err = db.Create(&f).Error
	}
	return &f, err
}
