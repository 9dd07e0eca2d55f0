package existserrnil

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Member struct {
	ID    uint
	OrgID uint   `gorm:"uniqueIndex:idx_member"`
	Login string `gorm:"uniqueIndex:idx_member"`
}

var ErrAlreadyMember = errors.New("already a member")

func Join(db *gorm.DB, org uint, login string) (*Member, error) {
	var m Member
	err := db.Where("org_id = ? AND login = ?", org, login).First(&m).Error
	if err == nil {
		return nil, ErrAlreadyMember
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}
	m = Member{OrgID: org, Login: login}
	if err := db.Create(&m).Error; err != nil {
		return nil, err
	}
	return &m, nil
}
