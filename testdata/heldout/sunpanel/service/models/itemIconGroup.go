package models

import (
	"gorm.io/gorm"
)

// ItemIconGroup reproduces service/models/itemIconGroup.go:7.
type ItemIconGroup struct {
	BaseModel
	Icon        string `json:"icon"`
	Title       string `gorm:"type:varchar(50)" json:"title"`
	Description string `gorm:"type:varchar(1000)" json:"description"`
	Sort        int    `gorm:"type:int(11)" json:"sort"`
	UserId      uint   `json:"userId"`
	User        User   `json:"user"`
}

// DeleteByUserId reproduces service/models/itemIconGroup.go:17.
func (m *ItemIconGroup) DeleteByUserId(db *gorm.DB, userId uint) (err error) {
	err = db.Delete(&ItemIconGroup{}, "user_id = ?", userId).Error
	return
}
