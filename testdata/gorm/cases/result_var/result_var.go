package resultvar

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Project struct {
	ID   uint
	Code string `gorm:"uniqueIndex"`
}

func ProjectFor(db *gorm.DB, code string) (*Project, error) {
	var p Project
	err := db.Where("code = ?", code).First(&p).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		p = Project{Code: code}
		result := db.Create(&p)
		if result.Error != nil {
			return nil, result.Error
		}
	}
	return &p, nil
}
