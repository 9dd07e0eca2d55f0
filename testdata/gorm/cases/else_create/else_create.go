package elsecreate

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Tenant struct {
	ID   uint
	Slug string `gorm:"uniqueIndex"`
}

func TenantFor(db *gorm.DB, slug string) (*Tenant, error) {
	var t Tenant
	if err := db.Where("slug = ?", slug).First(&t).Error; err == nil {
		return &t, nil
	} else {
		t = Tenant{Slug: slug}
		if err := db.Create(&t).Error; err != nil {
			return nil, err
		}
	}
	return &t, nil
}
