package db

// AccessToken reproduces internal/db/access_token.go:21 (schema only). Its
// TokenHash tag has the same comma typo as User.Username, so no unique index
// is created either; tokens are random and never looked up before insert.
type AccessToken struct {
	ID         uint `gorm:"primaryKey"`
	Name       string
	TokenHash  string `gorm:"uniqueIndex,size:64"` // SHA-256 hash of the token
	CreatedAt  int64
	ExpiresAt  int64 // 0 means no expiration
	LastUsedAt int64
	UserID     uint
	User       User `validate:"-"`

	ScopeGist uint // 0 = none, 1 = read, 2 = read+write
	ScopeUser uint // 0 = none, 1 = read, 2 = read+write
}

// ActionLock reproduces internal/db/action_lock.go:13 (schema only).
type ActionLock struct {
	Action      int `gorm:"primaryKey;autoIncrement:false"`
	LockedUntil int64
}

// TableName reproduces internal/db/action_lock.go:23.
func (ActionLock) TableName() string {
	return "action_lock"
}

// ReadPermission reproduces internal/db/access_token.go:17.
const (
	NoPermission = iota
	ReadPermission
	ReadWritePermission
)

// ScopeGist reproduces internal/db/access_token.go:11.
const (
	ScopeGist = iota
	ScopeUser
)

// HasGistReadPermission reproduces internal/db/access_token.go:101.
func (t *AccessToken) HasGistReadPermission() bool {
	return t.ScopeGist >= ReadPermission
}
