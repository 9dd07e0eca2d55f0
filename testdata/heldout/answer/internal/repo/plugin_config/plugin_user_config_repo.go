package plugin_config

import (
	"context"

	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/third_party/pacman/errors"
	"xorm.io/xorm"
)

// pluginUserConfigRepo reproduces internal/repo/plugin_config/plugin_user_config_repo.go:34.
type pluginUserConfigRepo struct {
	data *data.Data
}

// NewPluginUserConfigRepo reproduces internal/repo/plugin_config/plugin_user_config_repo.go:39.
// Returns the concrete type (upstream: plugin_common.PluginUserConfigRepo).
// NewPluginUserConfigRepo new repository
func NewPluginUserConfigRepo(data *data.Data) *pluginUserConfigRepo {
	return &pluginUserConfigRepo{
		data: data,
	}
}

// SaveUserPluginConfig reproduces internal/repo/plugin_config/plugin_user_config_repo.go:45.
func (ur *pluginUserConfigRepo) SaveUserPluginConfig(ctx context.Context, userID string,
	pluginSlugName, configValue string) (err error) {
	_, err = ur.data.DB.Transaction(func(session *xorm.Session) (interface{}, error) {
		session = session.Context(ctx)
		old := &entity.PluginUserConfig{
			UserID:         userID,
			PluginSlugName: pluginSlugName,
		}
		exist, err := session.Get(old) // race
		if err != nil {
			return nil, err
		}
		if exist {
			old.Value = configValue
			_, err = session.ID(old.ID).Update(old)
		} else {
			_, err = session.Insert(&entity.PluginUserConfig{
				UserID:         userID,
				PluginSlugName: pluginSlugName,
				Value:          configValue,
			})
		}
		if err != nil {
			return nil, err
		}
		return nil, nil
	})
	if err != nil {
		err = errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return nil
}
