// Package event reproduces mlogclub/bbs-go 35f4190d73eb internal/pkg/event (asynchronous event bus; delivery reduced to a no-op).
package event

// Send is internal/pkg/event (publishes an event to registered handlers).
func Send(e interface{}) {}

// CheckInEvent is an internal/pkg/event event type.
type CheckInEvent struct {
	UserId  int64
	DayName int
}

// UserFavoriteEvent is an internal/pkg/event event type.
type UserFavoriteEvent struct {
	UserId     int64
	EntityId   int64
	EntityType string
}

// FollowEvent is an internal/pkg/event event type.
type FollowEvent struct {
	UserId  int64
	OtherId int64
}

// UnFollowEvent is an internal/pkg/event event type.
type UnFollowEvent struct {
	UserId  int64
	OtherId int64
}

// UserLikeEvent is an internal/pkg/event event type.
type UserLikeEvent struct {
	UserId     int64
	EntityId   int64
	EntityType string
}

// BadgeGrantEvent is an internal/pkg/event event type.
type BadgeGrantEvent struct {
	UserId  int64
	BadgeId int64
}
