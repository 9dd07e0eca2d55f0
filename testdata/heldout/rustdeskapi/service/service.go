// Package service reproduces lejianwen/rustdesk-api c5687e150615 service.
package service

import (
	"example.com/heldout/rustdeskapi/lib/lock"
	"example.com/heldout/rustdeskapi/model"
	"gorm.io/gorm"
)

// Service reproduces service/service.go:12 (unused services trimmed).
type Service struct {
	*UserService
	*AddressBookService
	*TagService
	*PeerService
	*GroupService
	*OauthService
	*AuditService
}

var DB *gorm.DB
var Lock lock.Locker

var AllService *Service

// New reproduces service/service.go:45 (config, logger and jwt trimmed).
func New(g *gorm.DB, lo lock.Locker) *Service {
	DB = g
	Lock = lo
	AllService = new(Service)
	return AllService
}

// Paginate reproduces service/service.go:55.
func Paginate(page, pageSize uint) func(db *gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB {
		if page == 0 {
			page = 1
		}
		if pageSize == 0 {
			pageSize = 10
		}
		offset := (page - 1) * pageSize
		return db.Offset(int(offset)).Limit(int(pageSize))
	}
}

// CommonEnable reproduces service/service.go:68.
func CommonEnable() func(db *gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB {
		return db.Where("status = ?", model.COMMON_STATUS_ENABLE)
	}
}
