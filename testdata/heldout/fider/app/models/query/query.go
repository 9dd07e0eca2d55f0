// Package query reproduces the queries of github.com/getfider/fider/app/models/query
// used by the reproduced code (user.go, tag.go, post.go, tenant.go, vote.go,
// blob.go, system.go, oauth.go, notification.go; trimmed).
package query

import (
	"example.com/heldout/fider/app/models/dto"
	"example.com/heldout/fider/app/models/entity"
	"example.com/heldout/fider/app/models/enum"
)

// user.go

type GetUserByID struct {
	UserID int

	Result *entity.User
}

type GetUserByEmail struct {
	Email string

	Result *entity.User
}

type GetUserByProvider struct {
	Provider string
	UID      string

	Result *entity.User
}

// tag.go

type GetTagBySlug struct {
	Slug string

	Result *entity.Tag
}

type GetAllTags struct {
	Result []*entity.Tag
}

// post.go

type GetPostByID struct {
	PostID int

	Result *entity.Post
}

type GetPostBySlug struct {
	Slug string

	Result *entity.Post
}

type GetPostByNumber struct {
	Number int

	Result *entity.Post
}

// tenant.go

type IsCNAMEAvailable struct {
	CNAME string

	// Output
	Result bool
}

type IsSubdomainAvailable struct {
	Subdomain string

	// Output
	Result bool
}

type GetVerificationByKey struct {
	Kind enum.EmailVerificationKind
	Key  string

	// Output
	Result *entity.EmailVerification
}

type GetActiveVerificationByEmail struct {
	Email string
	Kind  enum.EmailVerificationKind

	// Output
	Result *entity.EmailVerification
}

type GetTenantByDomain struct {
	Domain string

	// Output
	Result *entity.Tenant
}

// vote.go

type ListPostVotes struct {
	PostID       int
	Limit        int
	IncludeEmail bool

	Result []*entity.Vote
}

// blob.go

type GetBlobByKey struct {
	Key string

	Result *dto.Blob
}

// system.go

type GetSystemSettings struct {
	Key string

	// Output
	Value string
}

// oauth.go

type GetCustomOAuthConfigByProvider struct {
	Provider string

	Result *entity.OAuthConfig
}

type GetOAuthProfile struct {
	Provider string
	Code     string

	Result *dto.OAuthUserProfile
}

// notification.go

type GetActiveSubscribers struct {
	Number  int
	Channel enum.NotificationChannel
	Event   enum.NotificationEvent

	Result []*entity.User
}

type GetMentionNotifications struct {
	CommentID int
	PostID    int

	Result []*entity.MentionNotification
}

// comment.go

type GetCommentByID struct {
	CommentID int

	Result *entity.Comment
}
