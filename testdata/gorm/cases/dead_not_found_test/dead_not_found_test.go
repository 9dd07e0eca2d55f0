// Find never returns gorm.ErrRecordNotFound (nezha's OAuth2 bind): the
// test is never true, and the create under it never runs; the dead test
// is reported.
package dead_not_found_test

import (
	"gorm.io/gorm"
)

type Bind struct {
	ID       uint
	Provider string `gorm:"uniqueIndex:idx_bind"`
	OpenID   string `gorm:"uniqueIndex:idx_bind"`
	UserID   uint
}

func BindUser(db *gorm.DB, provider, openID string, uid uint) error {
	var b Bind
	result := db.Where("provider = ? AND open_id = ?", provider, openID).Limit(1).Find(&b)
	if result.Error != nil && result.Error != gorm.ErrRecordNotFound {
		return result.Error
	}
	b.Provider, b.OpenID, b.UserID = provider, openID, uid
	if result.Error == gorm.ErrRecordNotFound {
		result = db.Create(&b)
	} else {
		result = db.Save(&b)
	}
	return result.Error
}
