// Package cmd reproduces the commands of github.com/getfider/fider/app/models/cmd
// used by the reproduced code (user.go, tag.go, vote.go, post.go, attachment.go,
// mention_notification.go, notification.go, tenant.go, oauth.go, blob.go,
// system.go, billing.go, reaction.go; trimmed).
package cmd

import (
	"time"

	"example.com/heldout/fider/app/models/dto"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
)

// user.go

type ChangeUserEmail struct {
	UserID int
	Email  string
}

type RegisterUser struct {
	User *entity.User
}

type RegisterUserProvider struct {
	UserID       int
	ProviderName string
	ProviderUID  string
}

// tag.go

type AddNewTag struct {
	Name     string
	Color    string
	IsPublic bool

	Result *entity.Tag
}

type UpdateTag struct {
	TagID    int
	Name     string
	Color    string
	IsPublic bool

	Result *entity.Tag
}

type AssignTag struct {
	Tag  *entity.Tag
	Post *entity.Post
}

// vote.go

type AddVote struct {
	Post *entity.Post
	User *entity.User
}

type RemoveVote struct {
	Post *entity.Post
	User *entity.User
}

// post.go

type AddNewPost struct {
	Title       string
	Description string

	Result *entity.Post
}

type UpdatePost struct {
	Post        *entity.Post
	Title       string
	Description string

	Result *entity.Post
}

// attachment.go

type SetAttachments struct {
	Post        *entity.Post
	Comment     *entity.Comment
	Attachments []*dto.ImageUpload
}

type UploadImage struct {
	Image  *dto.ImageUpload
	Folder string
}

type UploadImages struct {
	Images []*dto.ImageUpload
	Folder string
}

// mention_notification.go

type AddMentionNotification struct {
	UserID    int `db:"user_id"`
	CommentID int `db:"comment_id"`
	PostID    int `db:"post_id"`
}

// notification.go

type AddNewNotification struct {
	User   *entity.User
	Title  string
	Link   string
	PostID int

	Result *entity.Notification
}

// tenant.go

type CreateTenant struct {
	Name      string
	Subdomain string
	Status    enum.TenantStatus

	Result *entity.Tenant
}

type UpdateTenantSettings struct {
	Logo                *dto.ImageUpload
	Title               string
	Invitation          string
	WelcomeMessage      string
	WelcomeHeader       string
	DescriptionTemplate string
	CNAME               string
	Locale              string
}

type ActivateTenant struct {
	TenantID int
}

type SaveVerificationKey struct {
	Key      string
	Code     string
	Duration time.Duration
	Request  NewEmailVerification
}

// NewEmailVerification is used to define an email verification process
type NewEmailVerification interface {
	GetEmail() string
	GetName() string
	GetUser() *entity.User
	GetKind() enum.EmailVerificationKind
}

type SetKeyAsVerified struct {
	Key string
}

type IncrementVerificationAttempts struct {
	Key string
}

type InvalidateVerificationsByEmail struct {
	Email string
	Kind  enum.EmailVerificationKind
}

// oauth.go

type SaveCustomOAuthConfig struct {
	ID                int
	Logo              *dto.ImageUpload
	Provider          string
	Status            int
	DisplayName       string
	ClientID          string
	ClientSecret      string
	AuthorizeURL      string
	TokenURL          string
	Scope             string
	ProfileURL        string
	IsTrusted         bool
	JSONUserIDPath    string
	JSONUserNamePath  string
	JSONUserEmailPath string
	JSONUserRolesPath string
	AllowedRoles      string
}

// blob.go

type StoreBlob struct {
	Key         string
	Content     []byte
	ContentType string
}

// system.go

type SetSystemSettings struct {
	Key   string
	Value string
}

// billing.go

type ActivateStripeSubscription struct {
	TenantID       int
	CustomerID     string
	SubscriptionID string
}

// reaction.go

type ToggleCommentReaction struct {
	Comment *entity.Comment
	Emoji   string
	User    *entity.User
	Result  bool
}

// comment.go

type AddNewComment struct {
	Post    *entity.Post
	Content string

	Result *entity.Comment
}

type UpdateComment struct {
	CommentID int
	Content   string
}
