// Package data reproduces storage/data of github.com/gorse-io/gorse
// (commit 2f5e805274a6ee6a0af4c274129aae04b3c7cea9), trimmed to the SQL
// backend's item/user/feedback writes and the lookups in front of them.
package data

import (
	"context"
	"time"

	"example.com/heldout/gorse/pkg/juju/errors"
)

// storage/data/database.go:31-35.
var (
	ErrUserNotExist = errors.NotFoundf("user")
	ErrItemNotExist = errors.NotFoundf("item")
	ErrNoDatabase   = errors.NotAssignedf("database")
)

// Item reproduces storage/data/database.go:82.
type Item struct {
	ItemId     string    `gorm:"primaryKey" mapstructure:"item_id"`
	IsHidden   bool      `mapstructure:"is_hidden"`
	Categories []string  `gorm:"serializer:json" mapstructure:"categories"`
	Timestamp  time.Time `gorm:"column:time_stamp" mapstructure:"timestamp"`
	Labels     any       `gorm:"serializer:json" mapstructure:"labels"`
	Comment    string    `mapstructure:"comment"`
}

// User reproduces storage/data/database.go:101.
type User struct {
	UserId  string `gorm:"primaryKey" mapstructure:"user_id"`
	Labels  any    `gorm:"serializer:json" mapstructure:"labels"`
	Comment string `mapstructure:"comment"`
}

// FeedbackKey reproduces storage/data/database.go:114.
type FeedbackKey struct {
	FeedbackType string `gorm:"column:feedback_type" mapstructure:"feedback_type"`
	UserId       string `gorm:"column:user_id" mapstructure:"user_id"`
	ItemId       string `gorm:"column:item_id" mapstructure:"item_id"`
}

// Feedback reproduces storage/data/database.go:121.
type Feedback struct {
	FeedbackKey `gorm:"embedded" mapstructure:",squash"`
	Value       float64   `gorm:"column:value" mapstructure:"value"`
	Timestamp   time.Time `gorm:"column:time_stamp" mapstructure:"timestamp"`
	Updated     time.Time `gorm:"column:updated" mapstructure:"updated"`
	Comment     string    `gorm:"column:comment" mapstructure:"comment"`
}

// GetOptions reproduces storage/data/database.go:232.
type GetOptions struct {
	Categories []string
	SkipHidden bool
	ReturnId   bool
	After      *time.Time
}

// Database reproduces storage/data/database.go:239, trimmed to the methods
// the catalogued sites use. Implementations upstream: SQLDatabase (sql.go,
// MySQL/PostgreSQL/SQLite/ClickHouse through GORM), MongoDB (mongodb.go),
// ProxyClient (proxy.go, gRPC to the master's SQLite), NoDatabase.
type Database interface {
	Init() error
	BatchInsertItems(ctx context.Context, items []Item) error
	BatchGetItems(ctx context.Context, itemIds []string, opts GetOptions) ([]Item, error)
	GetItem(ctx context.Context, itemId string) (Item, error)
	BatchInsertUsers(ctx context.Context, users []User) error
	DeleteUser(ctx context.Context, userId string) error
	BatchInsertFeedback(ctx context.Context, feedback []Feedback, insertUser, insertItem, overwrite bool) error
}
