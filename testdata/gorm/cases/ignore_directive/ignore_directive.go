package ignoredirective

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Job struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

func Seed(db *gorm.DB, name string) error {
	var j Job
	//upsertfix:ignore runs once at start-up, before the server accepts requests
	err := db.Where("name = ?", name).First(&j).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return db.Create(&Job{Name: name}).Error
	}
	return err
}

// Backfill is a sequential batch job with a single writer.
//
//upsertfix:ignore single writer: the nightly batch runs on one worker
func Backfill(db *gorm.DB, names []string) error {
	for _, name := range names {
		var j Job
		if errors.Is(db.Where("name = ?", name).First(&j).Error, gorm.ErrRecordNotFound) {
			db.Create(&Job{Name: name})
		}
	}
	return nil
}

func NoReason(db *gorm.DB, name string) error {
	var j Job
	//upsertfix:ignore
	err := db.Where("name = ?", name).First(&j).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return db.Create(&Job{Name: name}).Error
	}
	return err
}

// Misplaced: on the create's line, the directive silences nothing, and is
// reported itself.
func Misplaced(db *gorm.DB, name string) error {
	var j Job
	err := db.Where("name = ?", name).First(&j).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		j = Job{Name: name}
		//upsertfix:ignore admin path
		return db.Create(&j).Error
	}
	return err
}
