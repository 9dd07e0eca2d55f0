package activity_common

import "context"

// ActivityRepo reproduces internal/service/activity_common/activity.go:35,
// trimmed to the methods the reproduced code calls.
type ActivityRepo interface {
	GetActivityTypeByObjectType(ctx context.Context, objectKey, action string) (activityType int, err error)
	GetUserIDObjectIDActivitySum(ctx context.Context, userID, objectID string) (int, error)
}
