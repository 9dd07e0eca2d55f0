// Package global reproduces lejianwen/rustdesk-api c5687e150615 global.
package global

import (
	"example.com/heldout/rustdeskapi/lib/lock"
	"example.com/heldout/rustdeskapi/third_party/gin"
	"gorm.io/gorm"
)

var (
	DB        *gorm.DB
	Validator struct {
		ValidStruct func(*gin.Context, interface{}) []string
	}
	Lock lock.Locker
)
