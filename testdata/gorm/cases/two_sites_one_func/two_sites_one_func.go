// Two sites in one function get two labels.
package two_sites_one_func

import (
	"errors"

	"gorm.io/gorm"
)

type Org struct {
	ID   uint
	Slug string `gorm:"uniqueIndex"`
}

type Team struct {
	ID    uint
	OrgID uint   `gorm:"uniqueIndex:idx_team"`
	Name  string `gorm:"uniqueIndex:idx_team"`
}

func Setup(db *gorm.DB, slug, team string) (*Team, error) {
	var o Org
	err := db.Where("slug = ?", slug).First(&o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		o = Org{Slug: slug}
		err = db.Create(&o).Error
	}
	if err != nil {
		return nil, err
	}
	var t Team
	err = db.Where("org_id = ? AND name = ?", o.ID, team).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		t = Team{OrgID: o.ID, Name: team}
		err = db.Create(&t).Error
	}
	return &t, err
}
