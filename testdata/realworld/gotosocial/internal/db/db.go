package db

import (
	"context"
	"time"

	"example.com/realworld/gotosocial/internal/gtsmodel"
)

// DB is internal/db/db.go: the union of the sub-interfaces.
type DB interface {
	Account
	Admin
	Domain
	Instance
	Interaction
	Marker
	Move
	Notification
	Relationship
	Session
	Status
	StatusBookmark
	StatusFave
	Tag
	Thread
	Tombstone
	User
	WebPush
}

// Account is internal/db/account.go.
type Account interface {
	GetAccountByID(ctx context.Context, id string) (*gtsmodel.Account, error)
	GetAccountByURI(ctx context.Context, uri string) (*gtsmodel.Account, error)
	GetAccountByUsernameDomain(ctx context.Context, username string, domain string) (*gtsmodel.Account, error)
	PutAccount(ctx context.Context, account *gtsmodel.Account) error
	UpdateAccount(ctx context.Context, account *gtsmodel.Account, columns ...string) error
}

// Admin is internal/db/admin.go.
type Admin interface {
	IsUsernameAvailable(ctx context.Context, username string) (bool, error)
	NewSignup(ctx context.Context, newSignup gtsmodel.NewSignup) (*gtsmodel.User, error)
	CreateInstanceAccount(ctx context.Context) error
}

// Domain is internal/db/domain.go.
type Domain interface {
	GetDomainBlock(ctx context.Context, domain string) (*gtsmodel.DomainBlock, error)
	PutDomainBlock(ctx context.Context, block *gtsmodel.DomainBlock) error
}

// Instance is internal/db/instance.go.
type Instance interface {
	GetInstance(ctx context.Context, domain string) (*gtsmodel.Instance, error)
	PutInstance(ctx context.Context, instance *gtsmodel.Instance) error
}

// Interaction is internal/db/interaction.go.
type Interaction interface {
	GetInteractionRequestByInteractionURI(ctx context.Context, uri string) (*gtsmodel.InteractionRequest, error)
	PutInteractionRequest(ctx context.Context, request *gtsmodel.InteractionRequest) error
}

// Marker is internal/db/marker.go.
type Marker interface {
	GetMarker(ctx context.Context, accountID string, name gtsmodel.MarkerName) (*gtsmodel.Marker, error)
	UpdateMarker(ctx context.Context, marker *gtsmodel.Marker) error
}

// Move is internal/db/move.go.
type Move interface {
	GetLatestMoveAttemptInvolvingURIs(ctx context.Context, uri1 string, uri2 string) (time.Time, error)
	PutMove(ctx context.Context, move *gtsmodel.Move) error
}

// Notification is internal/db/notification.go.
type Notification interface {
	GetNotification(ctx context.Context, notificationType gtsmodel.NotificationType, targetAccountID string, originAccountID string, statusOrEditID string) (*gtsmodel.Notification, error)
	PutNotification(ctx context.Context, notif *gtsmodel.Notification) error
}

// Relationship is internal/db/relationship.go.
type Relationship interface {
	GetFollow(ctx context.Context, sourceAccountID string, targetAccountID string) (*gtsmodel.Follow, error)
	GetFollowRequest(ctx context.Context, sourceAccountID string, targetAccountID string) (*gtsmodel.FollowRequest, error)
	PutFollowRequest(ctx context.Context, follow *gtsmodel.FollowRequest) error
	AcceptFollowRequest(ctx context.Context, sourceAccountID string, targetAccountID string) (*gtsmodel.Follow, error)
	GetBlock(ctx context.Context, account1 string, account2 string) (*gtsmodel.Block, error)
	PutBlock(ctx context.Context, block *gtsmodel.Block) error
	GetMute(ctx context.Context, sourceAccountID string, targetAccountID string) (*gtsmodel.UserMute, error)
	PutMute(ctx context.Context, mute *gtsmodel.UserMute) error
}

// Session is internal/db/session.go.
type Session interface {
	GetSession(ctx context.Context) (*gtsmodel.RouterSession, error)
}

// Status is internal/db/status.go.
type Status interface {
	GetStatusByID(ctx context.Context, id string) (*gtsmodel.Status, error)
	GetStatusByURI(ctx context.Context, uri string) (*gtsmodel.Status, error)
	PutStatus(ctx context.Context, status *gtsmodel.Status) error
}

// StatusBookmark is internal/db/statusbookmark.go.
type StatusBookmark interface {
	GetStatusBookmark(ctx context.Context, accountID string, statusID string) (*gtsmodel.StatusBookmark, error)
	PutStatusBookmark(ctx context.Context, statusBookmark *gtsmodel.StatusBookmark) error
}

// StatusFave is internal/db/statusfave.go.
type StatusFave interface {
	GetStatusFave(ctx context.Context, accountID string, statusID string) (*gtsmodel.StatusFave, error)
	PutStatusFave(ctx context.Context, statusFave *gtsmodel.StatusFave) error
}

// Tag is internal/db/tag.go.
type Tag interface {
	GetTagByName(ctx context.Context, name string) (*gtsmodel.Tag, error)
	PutTag(ctx context.Context, tag *gtsmodel.Tag) error
	PutFollowedTag(ctx context.Context, accountID string, tagID string) error
}

// Thread is internal/db/thread.go.
type Thread interface {
	GetThreadMutedByAccount(ctx context.Context, threadID string, accountID string) (*gtsmodel.ThreadMute, error)
	PutThreadMute(ctx context.Context, threadMute *gtsmodel.ThreadMute) error
}

// Tombstone is internal/db/tombstone.go.
type Tombstone interface {
	TombstoneExistsWithURI(ctx context.Context, uri string) (bool, error)
	PutTombstone(ctx context.Context, tombstone *gtsmodel.Tombstone) error
}

// User is internal/db/user.go.
type User interface {
	GetUserByAccountID(ctx context.Context, accountID string) (*gtsmodel.User, error)
	PutUser(ctx context.Context, user *gtsmodel.User) error
}

// WebPush is internal/db/webpush.go.
type WebPush interface {
	GetVAPIDKeyPair(ctx context.Context) (*gtsmodel.VAPIDKeyPair, error)
}
