package compositekey

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Membership struct {
	ID     uint
	OrgID  uint `gorm:"uniqueIndex:idx_org_user"`
	UserID uint `gorm:"uniqueIndex:idx_org_user"`
	Role   string
}

func Membership1(db *gorm.DB, org, user uint) (*Membership, error) {
	var m Membership
	err := db.Where("org_id = ? AND user_id = ?", org, user).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		m = Membership{OrgID: org, UserID: user, Role: "member"}
		err = db.Create(&m).Error
	}
	if err != nil {
		return nil, err
	}
	return &m, nil
}
