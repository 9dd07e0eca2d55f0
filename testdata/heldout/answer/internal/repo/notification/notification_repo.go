package notification

import (
	"context"
	"time"

	"example.com/heldout/answer/pkg/uid"

	"example.com/heldout/answer/internal/base/data"
	"example.com/heldout/answer/internal/base/reason"
	"example.com/heldout/answer/internal/entity"
	"example.com/heldout/answer/third_party/pacman/errors"
)

// notificationRepo reproduces internal/repo/notification/notification_repo.go:37.
// notificationRepo notification repository
type notificationRepo struct {
	data *data.Data
}

// NewNotificationRepo reproduces internal/repo/notification/notification_repo.go:42.
// Returns the concrete type (upstream: notficationcommon.NotificationRepo).
// NewNotificationRepo new repository
func NewNotificationRepo(data *data.Data) *notificationRepo {
	return &notificationRepo{
		data: data,
	}
}

// AddNotification reproduces internal/repo/notification/notification_repo.go:49.
// AddNotification add notification
func (nr *notificationRepo) AddNotification(ctx context.Context, notification *entity.Notification) (err error) {
	notification.ObjectID = uid.DeShortID(notification.ObjectID)
	_, err = nr.data.DB.Context(ctx).Insert(notification)
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return
}

// UpdateNotificationContent reproduces internal/repo/notification/notification_repo.go:58.
func (nr *notificationRepo) UpdateNotificationContent(ctx context.Context, notification *entity.Notification) (err error) {
	now := time.Now()
	notification.UpdatedAt = now
	notification.ObjectID = uid.DeShortID(notification.ObjectID)
	_, err = nr.data.DB.Context(ctx).Where("id =?", notification.ID).Cols("content", "updated_at").Update(notification)
	if err != nil {
		return errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
	}
	return
}

// GetByUserIdObjectIdTypeId reproduces internal/repo/notification/notification_repo.go:99.
func (nr *notificationRepo) GetByUserIdObjectIdTypeId(ctx context.Context, userID, objectID string, notificationType int) (*entity.Notification, bool, error) {
	info := &entity.Notification{}
	exist, err := nr.data.DB.Context(ctx).Where("user_id = ?", userID).And("object_id = ?", objectID).And("type = ?", notificationType).Get(info)
	if err != nil {
		err = errors.InternalServer(reason.DatabaseError).WithError(err).WithStack()
		return info, false, err
	}
	return info, exist, nil
}
