// Package service reproduces go-admin-team/go-admin-core a912b404d5c0 sdk/service
// (the version github.com/go-admin-team/go-admin-core v1.7.1-0.20260818135152-a912b404d5c0
// that go-admin-team/go-admin 85666f160f29 requires).
package service

import (
	"fmt"

	"gorm.io/gorm"

	"example.com/realworld/goadminteam/third_party/goadmincore/logger"
	"example.com/realworld/goadminteam/third_party/goadmincore/storage"
)

// Service is sdk/service/service.go:11.
type Service struct {
	Orm   *gorm.DB
	Msg   string
	MsgID string
	Log   *logger.Helper
	Error error
	Cache storage.AdapterCache
}

// AddError is sdk/service/service.go:20.
func (db *Service) AddError(err error) error {
	if db.Error == nil {
		db.Error = err
	} else if err != nil {
		db.Error = fmt.Errorf("%v; %w", db.Error, err)
	}
	return db.Error
}
