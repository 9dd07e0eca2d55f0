package user_notification_config

import (
	"context"

	"example.com/heldout/answer/internal/base/constant"
	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/third_party/pacman/errors"
)

// userNotificationConfigRepo reproduces internal/repo/user_notification_config/user_notification_config_repo.go:33.
// userNotificationConfigRepo notification repository
type userNotificationConfigRepo struct {
	data *data.Data
}

// NewUserNotificationConfigRepo reproduces internal/repo/user_notification_config/user_notification_config_repo.go:38.
// Returns the concrete type (upstream: user_notification_config.UserNotificationConfigRepo).
// NewUserNotificationConfigRepo new repository
func NewUserNotificationConfigRepo(data *data.Data) *userNotificationConfigRepo {
	return &userNotificationConfigRepo{
		data: data,
	}
}

// Save reproduces internal/repo/user_notification_config/user_notification_config_repo.go:63.
// Save save notification config, if existed, update, if not exist, insert
func (ur *userNotificationConfigRepo) Save(ctx context.Context, uc *entity.UserNotificationConfig) (err error) {
	old := &entity.UserNotificationConfig{UserID: uc.UserID, Source: uc.Source}
	exist, err := ur.data.DB.Context(ctx).Get(old) // race
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	if exist {
		old.Channels = uc.Channels
		old.Enabled = uc.Enabled
		_, err = ur.data.DB.Context(ctx).ID(old.ID).UseBool("enabled").Cols("channels", "enabled").Update(old)
	} else {
		_, err = ur.data.DB.Context(ctx).Insert(uc)
	}
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return nil
}

// GetByUserIDAndSource reproduces internal/repo/user_notification_config/user_notification_config_repo.go:106.
// GetByUserIDAndSource get notification config by user id and source
func (ur *userNotificationConfigRepo) GetByUserIDAndSource(ctx context.Context, userID string, source constant.NotificationSource) (
	conf *entity.UserNotificationConfig, exist bool, err error) {
	config := &entity.UserNotificationConfig{UserID: userID, Source: string(source)}
	exist, err = ur.data.DB.Context(ctx).Get(config)
	if err != nil {
		return nil, false, errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return config, exist, nil
}
