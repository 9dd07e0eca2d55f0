package plugin_config

import (
	"context"

	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/third_party/pacman/errors"
)

// pluginConfigRepo reproduces internal/repo/plugin_config/plugin_config_repo.go:32.
type pluginConfigRepo struct {
	data *data.Data
}

// NewPluginConfigRepo reproduces internal/repo/plugin_config/plugin_config_repo.go:37.
// Returns the concrete type (upstream: plugin_common.PluginConfigRepo).
// NewPluginConfigRepo new repository
func NewPluginConfigRepo(data *data.Data) *pluginConfigRepo {
	return &pluginConfigRepo{
		data: data,
	}
}

// SavePluginConfig reproduces internal/repo/plugin_config/plugin_config_repo.go:43.
func (ur *pluginConfigRepo) SavePluginConfig(ctx context.Context, pluginSlugName, configValue string) (err error) {
	old := &entity.PluginConfig{PluginSlugName: pluginSlugName}
	exist, err := ur.data.DB.Context(ctx).Get(old) // race
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	if exist {
		old.Value = configValue
		_, err = ur.data.DB.Context(ctx).ID(old.ID).Update(old)
	} else {
		_, err = ur.data.DB.Context(ctx).Insert(&entity.PluginConfig{PluginSlugName: pluginSlugName, Value: configValue})
	}
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return nil
}
