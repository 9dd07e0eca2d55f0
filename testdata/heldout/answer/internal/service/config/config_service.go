package config

import (
	"context"

	"example.com/heldout/answer/internal/entity"
)

// ConfigRepo reproduces internal/service/config/config_service.go:31.
// ConfigRepo config repository
type ConfigRepo interface {
	GetConfigByID(ctx context.Context, id int) (c *entity.Config, err error)
	GetConfigByKey(ctx context.Context, key string) (c *entity.Config, err error)
	UpdateConfig(ctx context.Context, key, value string) (err error)
}

// ConfigService reproduces internal/service/config/config_service.go:38.
// ConfigService user service
type ConfigService struct {
	configRepo ConfigRepo
}

// NewConfigService reproduces internal/service/config/config_service.go:43.
// NewConfigService new config service
func NewConfigService(configRepo ConfigRepo) *ConfigService {
	return &ConfigService{
		configRepo: configRepo,
	}
}

// GetIntValue reproduces internal/service/config/config_service.go:50.
// GetIntValue get config int value
func (cs *ConfigService) GetIntValue(ctx context.Context, key string) (val int, err error) {
	cf, err := cs.configRepo.GetConfigByKey(ctx, key)
	if err != nil {
		return 0, err
	}
	return cf.GetIntValue(), nil
}

// GetArrayStringValue reproduces internal/service/config/config_service.go:68.
// GetArrayStringValue get config array string value
func (cs *ConfigService) GetArrayStringValue(ctx context.Context, key string) (val []string, err error) {
	cf, err := cs.configRepo.GetConfigByKey(ctx, key)
	if err != nil {
		return nil, err
	}
	return cf.GetArrayStringValue(), nil
}

// GetConfigByID reproduces internal/service/config/config_service.go:89.
// GetConfigByID get config by id
func (cs *ConfigService) GetConfigByID(ctx context.Context, id int) (c *entity.Config, err error) {
	return cs.configRepo.GetConfigByID(ctx, id)
}

// GetConfigByKey reproduces internal/service/config/config_service.go:93.
func (cs *ConfigService) GetConfigByKey(ctx context.Context, key string) (c *entity.Config, err error) {
	return cs.configRepo.GetConfigByKey(ctx, key)
}
