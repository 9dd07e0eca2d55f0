// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"errors"

	"example.com/realworld/bbsgo/internal/cache"
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/dto"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/common/strs"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// SysConfigService is internal/services/sys_config_service.go:30.
var SysConfigService = newSysConfigService()

// newSysConfigService is internal/services/sys_config_service.go:38.
func newSysConfigService() *sysConfigService {
	return &sysConfigService{}
}

// sysConfigService is internal/services/sys_config_service.go:42.
type sysConfigService struct {
}

// Set 设置配置，如果配置不存在，那么创建
//
// Upstream: internal/services/sys_config_service.go:135.
func (s *sysConfigService) Set(key, value string) error {
	return sqls.DB().Transaction(func(tx *gorm.DB) error {
		if err := s.setSingle(tx, key, value, "", ""); err != nil {
			return err
		}
		return nil
	})
}

// setSingle is internal/services/sys_config_service.go:144.
func (s *sysConfigService) setSingle(db *gorm.DB, key, value, name, description string) error {
	if len(key) == 0 {
		return errors.New("sys config key is null")
	}
	sysConfig := repositories.SysConfigRepository.GetByKey(db, key) // race
	if sysConfig == nil {
		sysConfig = &models.SysConfig{
			CreateTime: dates.NowTimestamp(),
		}
	}
	sysConfig.Key = key
	sysConfig.Value = value
	sysConfig.UpdateTime = dates.NowTimestamp()

	if strs.IsNotBlank(name) {
		sysConfig.Name = name
	}
	if strs.IsNotBlank(description) {
		sysConfig.Description = description
	}

	var err error
	if sysConfig.Id > 0 {
		err = repositories.SysConfigRepository.Update(db, sysConfig)
	} else {
		err = repositories.SysConfigRepository.Create(db, sysConfig)
	}
	if err != nil {
		return err
	} else {
		cache.SysConfigCache.Invalidate(key)
		return nil
	}
}

// GetLoginConfig is internal/services/sys_config_service.go:471 (config parsing from
// cache.SysConfigCache trimmed).
func (s *sysConfigService) GetLoginConfig() dto.LoginConfig {
	var loginConfig dto.LoginConfig
	return loginConfig
}
