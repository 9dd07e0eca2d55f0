package user_notification_config

import (
	"context"

	"example.com/heldout/answer/internal/base/constant"
	"example.com/heldout/answer/internal/entity"
)

// UserNotificationConfigRepo reproduces internal/service/user_notification_config/user_notification_config_service.go:30,
// trimmed to the methods the reproduced services call.
type UserNotificationConfigRepo interface {
	Save(ctx context.Context, uc *entity.UserNotificationConfig) (err error)
	GetByUserIDAndSource(ctx context.Context, userID string, source constant.NotificationSource) (
		conf *entity.UserNotificationConfig, exist bool, err error)
}
