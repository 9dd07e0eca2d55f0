package application

import (
	"context"
	"strings"

	"example.com/heldout/mayflygo/internal/sys/domain/entity"
	"example.com/heldout/mayflygo/internal/sys/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/cache"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/logx"
	"example.com/heldout/mayflygo/pkg/model"
)

const SysConfigKeyPrefix = "mayfly:sys:config:"

// server/internal/sys/application/config.go
type Config interface {
	base.App[*entity.Config]

	Save(ctx context.Context, config *entity.Config) error

	// GetConfig 获取指定key的配置信息, 不会返回nil, 若不存在则值都默认值即空字符串
	GetConfig(key string) *entity.Config
}

var _ (Config) = (*configAppImpl)(nil)

type configAppImpl struct {
	base.AppImpl[*entity.Config, repository.Config]
}

// Save (config.go:38): POST /sys/configs (api/config.go:60).
func (a *configAppImpl) Save(ctx context.Context, config *entity.Config) error {
	if config.Id == 0 {
		return a.Insert(ctx, config)
	}

	oldConfig := a.GetConfig(config.Key) // safe: the key lookup only guards the permission check of UpdateById; the insert above (id 0) does no lookup
	if oldConfig.Permission != "all" && !strings.Contains(oldConfig.Permission, config.Modifier) {
		return errorx.NewBiz("You do not have permission to modify the configuration")
	}

	if err := a.UpdateById(ctx, config); err != nil {
		return err
	}

	cache.Del(SysConfigKeyPrefix + config.Key)
	return nil
}

// GetConfig (config.go:56)
func (a *configAppImpl) GetConfig(key string) *entity.Config {
	config := &entity.Config{Key: key}
	// 优先从缓存中获取
	if exist := cache.Get(SysConfigKeyPrefix+key, &config); exist {
		return config
	}

	if err := a.GetByCond(model.NewModelCond(config).Columns("Id", "Key", "Value", "Permission")); err != nil {
		logx.Warnf("There is no system configuration with key = [%s]", key)
	} else {
		cache.Set(SysConfigKeyPrefix+key, config, -1)
	}
	return config
}
