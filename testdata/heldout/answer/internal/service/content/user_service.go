package content

import (
	"context"

	"example.com/heldout/answer/internal/base/constant"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/schema"
	"example.com/heldout/answer/internal/service/user_notification_config"
	"example.com/heldout/answer/third_party/pacman/errors"
)

// UserService reproduces internal/service/content/user_service.go:56,
// trimmed to the repository UserUnsubscribeNotification uses.
type UserService struct {
	userNotificationConfigRepo user_notification_config.UserNotificationConfigRepo
}

// UserUnsubscribeNotification reproduces internal/service/content/user_service.go:773.
// UserUnsubscribeNotification user unsubscribe email notification
func (us *UserService) UserUnsubscribeNotification(
	ctx context.Context, req *schema.UserUnsubscribeNotificationReq) (err error) {
	data := &schema.EmailCodeContent{}
	err = data.FromJSONString(req.Content)
	if err != nil || len(data.UserID) == 0 {
		return errors.BadRequest(reason.EmailVerifyURLExpired)
	}

	for _, source := range data.NotificationSources {
		notificationConfig, exist, err := us.userNotificationConfigRepo.GetByUserIDAndSource( // safe: guard of an update only (a missing config is skipped; Save then finds the row and updates it)
			ctx, data.UserID, source)
		if err != nil {
			return err
		}
		if !exist {
			continue
		}
		channels := schema.NewNotificationChannelsFormJson(notificationConfig.Channels)
		// unsubscribe email notification
		for _, channel := range channels {
			if channel.Key == constant.EmailChannel {
				channel.Enable = false
			}
		}
		notificationConfig.Channels = channels.ToJsonString()
		if err = us.userNotificationConfigRepo.Save(ctx, notificationConfig); err != nil {
			return err
		}
	}
	return nil
}
