// Package enum reproduces the parts of github.com/getfider/fider/app/models/enum
// used by the reproduced code (trimmed).
package enum

// Role is the role of a user inside a tenant
type Role int

var (
	// RoleVisitor is the basic role for every user
	RoleVisitor Role = 1
	// RoleCollaborator has limited access to administrative console
	RoleCollaborator Role = 2
	// RoleAdministrator has full access to administrative console
	RoleAdministrator Role = 3
)

// UserStatus is the status of a user
type UserStatus int

var (
	// UserActive is the default status for users
	UserActive UserStatus = 1
	// UserDeleted is used for users that chose to delete their accounts
	UserDeleted UserStatus = 2
	// UserBlocked is used for users that have been blocked by staff members
	UserBlocked UserStatus = 3
)

// AvatarType are the possible types of a user avatar
type AvatarType int

var (
	// AvatarTypeLetter is the default avatar type for users
	AvatarTypeLetter AvatarType = 1
	// AvatarTypeGravatar fetches avatar from gravatar (if available)
	AvatarTypeGravatar AvatarType = 2
	// AvatarTypeCustom uses a user uploaded avatar
	AvatarTypeCustom AvatarType = 3
)

// EmailVerificationKind specifies which kind of process is being verified by email
type EmailVerificationKind int16

const (
	//EmailVerificationKindSignIn is the sign in by email process
	EmailVerificationKindSignIn EmailVerificationKind = 1
	//EmailVerificationKindSignUp is the sign up (create tenant) by name and email process
	EmailVerificationKindSignUp EmailVerificationKind = 2
	//EmailVerificationKindChangeEmail is the change user email process
	EmailVerificationKindChangeEmail EmailVerificationKind = 3
	//EmailVerificationKindUserInvitation is the sign in invitation sent to an user
	EmailVerificationKindUserInvitation EmailVerificationKind = 4
)

// PostStatus is the status of a post
type PostStatus int

var (
	//PostOpen is the default status
	PostOpen PostStatus
	//PostStarted is used when the post has been accepted and work is in progress
	PostStarted PostStatus = 1
	//PostCompleted is used when the post has been accepted and already implemented
	PostCompleted PostStatus = 2
	//PostDeclined is used when organizers decide to decline an post
	PostDeclined PostStatus = 3
	//PostPlanned is used when organizers have accepted an post and it's on the roadmap
	PostPlanned PostStatus = 4
	//PostDuplicate is used when the post has already been posted before
	PostDuplicate PostStatus = 5
	//PostDeleted is used when the post is completely removed from the site and should never be shown again
	PostDeleted PostStatus = 6
)

// TenantStatus is the status of a tenant
type TenantStatus int

var (
	//TenantActive is the default status for most tenants
	TenantActive TenantStatus = 1
	//TenantPending is used for signup via e-mail that requires user confirmation
	TenantPending TenantStatus = 2
	//TenantLocked is used to set tenant on a read-only mode
	TenantLocked TenantStatus = 3
	//TenantDisabled is used to block all access
	TenantDisabled TenantStatus = 4
)

// SubscriberStatus is the status of a subscriber
type SubscriberStatus int

var (
	//SubscriberInactive means that the user cancelled the subscription
	SubscriberInactive SubscriberStatus
	//SubscriberActive means that the subscription is active
	SubscriberActive SubscriberStatus = 1
)

// NotificationChannel represents the medium that the notification is sent
type NotificationChannel int

var (
	// NotificationChannelWeb is a in-app notification
	NotificationChannelWeb NotificationChannel = 1
	// NotificationChannelEmail is an email notification
	NotificationChannelEmail NotificationChannel = 2
)

// NotificationEvent represents all possible notification events
type NotificationEvent struct {
	UserSettingsKeyName           string
	DefaultSettingValue           string
	RequiresSubscriptionUserRoles []Role
	DefaultEnabledUserRoles       []Role
}

var (
	// NotificationEventNewPost is triggered when a new post is posted
	NotificationEventNewPost = NotificationEvent{UserSettingsKeyName: "event_notification_new_post"}
	// NotificationEventNewComment is triggered when a new comment is posted
	NotificationEventNewComment = NotificationEvent{UserSettingsKeyName: "event_notification_new_comment"}
	// NotificationEventMention is triggered when a user is mentioned
	NotificationEventMention = NotificationEvent{UserSettingsKeyName: "event_notification_mention"}
)
