package pointerrecord

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Org struct {
	ID     uint
	Domain string `gorm:"uniqueIndex"`
}

func OrgFor(db *gorm.DB, domain string) (*Org, error) {
	o := &Org{}
	err := db.Where("domain = ?", domain).First(o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		o = &Org{Domain: domain}
		err = db.Create(o).Error
	}
	return o, err
}
