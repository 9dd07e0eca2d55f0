// Package entity reproduces the parts of github.com/getfider/fider/app/models/entity
// used by the reproduced code (user.go, tenant.go, tag.go, post.go, comment.go,
// mention_notification.go, email_verification.go, vote.go, notification.go,
// oauth.go; trimmed).
package entity

import (
	"time"

	"example.com/heldout/fider/app/models/enum"
	"example.com/heldout/fider/app/pkg/rand"
)

// User represents an user inside our application
type User struct {
	ID            int             `json:"id"`
	Name          string          `json:"name"`
	Tenant        *Tenant         `json:"-"`
	Email         string          `json:"-"`
	Role          enum.Role       `json:"role"`
	Providers     []*UserProvider `json:"-"`
	AvatarBlobKey string          `json:"-"`
	AvatarType    enum.AvatarType `json:"-"`
	AvatarURL     string          `json:"avatarURL,omitempty"`
	Status        enum.UserStatus `json:"status"`
	IsTrusted     bool            `json:"isTrusted"`
	SecurityStamp string          `json:"-"`
}

// HasProvider returns true if current user has registered with given provider
func (u *User) HasProvider(provider string) bool {
	for _, p := range u.Providers {
		if p.Name == provider {
			return true
		}
	}
	return false
}

// IsCollaborator returns true if user has special permissions
func (u *User) IsCollaborator() bool {
	return u.Role == enum.RoleCollaborator || u.Role == enum.RoleAdministrator
}

// IsAdministrator returns true if user is administrator
func (u *User) IsAdministrator() bool {
	return u.Role == enum.RoleAdministrator
}

// RequiresModeration returns true if user requires moderation
func (u *User) RequiresModeration() bool {
	return u.Role == enum.RoleVisitor && !u.IsTrusted
}

// UserProvider represents the relationship between an User and an Authentication provide
type UserProvider struct {
	Name string
	UID  string
}

// Tenant represents a tenant
type Tenant struct {
	ID                  int               `json:"id"`
	Name                string            `json:"name"`
	Subdomain           string            `json:"subdomain"`
	Invitation          string            `json:"invitation"`
	WelcomeMessage      string            `json:"welcomeMessage"`
	WelcomeHeader       string            `json:"welcomeHeader"`
	DescriptionTemplate string            `json:"descriptionTemplate"`
	CNAME               string            `json:"cname"`
	Status              enum.TenantStatus `json:"status"`
	Locale              string            `json:"locale"`
	IsPrivate           bool              `json:"isPrivate"`
	LogoBlobKey         string            `json:"logoBlobKey"`
	IsEmailAuthAllowed  bool              `json:"isEmailAuthAllowed"`
	IsModerationEnabled bool              `json:"isModerationEnabled"`
}

// Tag represents a simple tag
type Tag struct {
	ID       int    `json:"id"`
	Name     string `json:"name"`
	Slug     string `json:"slug"`
	Color    string `json:"color"`
	IsPublic bool   `json:"isPublic"`
}

// Post represents an post on a tenant board
type Post struct {
	ID          int             `json:"id"`
	Number      int             `json:"number"`
	Title       string          `json:"title"`
	Slug        string          `json:"slug"`
	Description string          `json:"description"`
	CreatedAt   time.Time       `json:"createdAt"`
	User        *User           `json:"user"`
	Status      enum.PostStatus `json:"status"`
	IsApproved  bool            `json:"isApproved"`
}

// CanBeVoted returns true if this post can have its vote changed
func (i *Post) CanBeVoted() bool {
	return i.Status != enum.PostCompleted && i.Status != enum.PostDeclined && i.Status != enum.PostDuplicate
}

// Comment represents an user comment on an post
type Comment struct {
	ID         int       `json:"id"`
	Content    string    `json:"content"`
	CreatedAt  time.Time `json:"createdAt"`
	User       *User     `json:"user"`
	IsApproved bool      `json:"isApproved"`
}

// NotificationLog represents a record of a notification that was sent to a user
type MentionNotification struct {
	ID        int       `json:"id" db:"id"`
	TenantID  int       `json:"-" db:"tenant_id"`
	UserID    int       `json:"userId" db:"user_id"`
	CommentID int       `json:"commentId,omitempty" db:"comment_id"`
	PostID    int       `json:"postId,omitempty" db:"post_id"`
	CreatedAt time.Time `json:"createdAt" db:"created_on"`
}

// EmailVerification is the model used by email verification process
type EmailVerification struct {
	Email      string
	Name       string
	Key        string
	Code       string
	UserID     int
	Kind       enum.EmailVerificationKind
	CreatedAt  time.Time
	ExpiresAt  time.Time
	VerifiedAt *time.Time
	Attempts   int
}

// GenerateEmailVerificationKey returns a 64 chars key
func GenerateEmailVerificationKey() string {
	return rand.String(64)
}

// GenerateEmailVerificationCode returns a 6 digit numeric code
func GenerateEmailVerificationCode() string {
	return rand.StringNumeric(6)
}

// VoteUser represents a user that voted on a post
type VoteUser struct {
	ID        int    `json:"id"`
	Name      string `json:"name"`
	Email     string `json:"email,omitempty"`
	AvatarURL string `json:"avatarURL,omitempty"`
}

// Vote represents a vote given by a user on a post
type Vote struct {
	User      *VoteUser `json:"user"`
	CreatedAt time.Time `json:"createdAt"`
}

// Notification is the system generated notification entity
type Notification struct {
	ID        int       `json:"id" db:"id"`
	Title     string    `json:"title" db:"title"`
	Link      string    `json:"link" db:"link"`
	Read      bool      `json:"read" db:"read"`
	CreatedAt time.Time `json:"createdAt" db:"created_at"`
}

// OAuthConfig is the configuration of a custom OAuth provider
type OAuthConfig struct {
	ID                int
	Provider          string
	DisplayName       string
	LogoBlobKey       string
	Status            int
	IsTrusted         bool
	ClientID          string
	ClientSecret      string
	JSONUserRolesPath string
	AllowedRoles      string
}
