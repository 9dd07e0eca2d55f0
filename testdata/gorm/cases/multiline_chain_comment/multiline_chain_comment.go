// Comments on a multi-line create chain are kept.
package multiline_chain_comment

import (
	"errors"

	"gorm.io/gorm"
)

type Job struct {
	ID     uint
	Name   string `gorm:"uniqueIndex"`
	Status string
}

func JobFor(db *gorm.DB, name string) (*Job, error) {
	var j Job
	err := db.Where("name = ?", name).First(&j).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		j = Job{Name: name, Status: "started"}
		err = db.
			Omit("status"). // shown in the UI later
			Create(&j).
			Error
	}
	return &j, err
}
