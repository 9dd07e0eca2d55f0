// Class 4: GORM merges uniqueIndex:idx_member on one field and
// index:idx_member on another into one composite unique index.
package merged_index

import (
	"errors"

	"gorm.io/gorm"
)

type Membership struct {
	ID     uint
	OrgID  uint `gorm:"uniqueIndex:idx_member"`
	UserID uint `gorm:"index:idx_member"`
}

func Join(db *gorm.DB, org, user uint) (*Membership, error) {
	var m Membership
	err := db.Where("org_id = ? AND user_id = ?", org, user).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		m = Membership{OrgID: org, UserID: user}
		err = db.Create(&m).Error
	}
	return &m, err
}

// Not fixable: (org_id) alone is not unique; the index covers both fields.
func FirstOfOrg(db *gorm.DB, org uint) (*Membership, error) {
	var m Membership
	err := db.Where("org_id = ?", org).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		m = Membership{OrgID: org}
		err = db.Create(&m).Error
	}
	return &m, err
}
