// Package models is cmd/tap/models/models.go, copied verbatim. Keys:
// Repo.Did primaryKey (:27), RepoRecord (did, collection, rkey) primaryKey
// (:52-54), ListReposCursor.Url primaryKey (:64), CollectionCursor (url,
// collection) primaryKey (:69-70), FirehoseCursor.Url primaryKey (:59).
// Tables are created by gorm AutoMigrate (cmd/tap/tap.go:176).
package models

type RepoState string

const (
	RepoStatePending        RepoState = "pending"
	RepoStateDesynchronized RepoState = "desynchronized"
	RepoStateResyncing      RepoState = "resyncing"
	RepoStateActive         RepoState = "active"
	RepoStateTakendown      RepoState = "takendown"
	RepoStateSuspended      RepoState = "suspended"
	RepoStateDeactivated    RepoState = "deactivated"
	RepoStateError          RepoState = "error"
)

type AccountStatus string

const (
	AccountStatusActive      AccountStatus = "active"
	AccountStatusTakendown   AccountStatus = "takendown"
	AccountStatusSuspended   AccountStatus = "suspended"
	AccountStatusDeactivated AccountStatus = "deactivated"
	AccountStatusDeleted     AccountStatus = "deleted"
)

type Repo struct {
	Did        string        `gorm:"primaryKey"`
	State      RepoState     `gorm:"not null;default:'pending';index:idx_repos_state_retry"`
	Status     AccountStatus `gorm:"not null;default:'active'"`
	Handle     string        `gorm:"type:text"`
	Rev        string        `gorm:"type:text"`
	PrevData   string        `gorm:"type:text"`
	ErrorMsg   string        `gorm:"type:text"`
	RetryCount int           `gorm:"not null;default:0"`
	RetryAfter int64         `gorm:"not null;default:0;index:idx_repos_state_retry"` // Unix timestamp (seconds)
}

type OutboxBuffer struct {
	ID   uint   `gorm:"primaryKey"`
	Did  string `gorm:"not null"`
	Live bool   `gorm:"not null"`
	Data string `gorm:"type:text;not null"` // JSON-encoded operations
}

type ResyncBuffer struct {
	ID   uint   `gorm:"primaryKey"`
	Did  string `gorm:"not null;index"`
	Data string `gorm:"type:text;not null"` // JSON-encoded Commit
}

type RepoRecord struct {
	Did        string `gorm:"primaryKey"`
	Collection string `gorm:"primaryKey"`
	Rkey       string `gorm:"primaryKey"`
	Cid        string `gorm:"not null"`
}

type FirehoseCursor struct {
	Url    string `gorm:"primaryKey"`
	Cursor int64  `gorm:"not null"`
}

type ListReposCursor struct {
	Url    string `gorm:"primaryKey"`
	Cursor string `gorm:"not null"`
}

type CollectionCursor struct {
	Url        string `gorm:"primaryKey"`
	Collection string `gorm:"primaryKey"`
	Cursor     string `gorm:"not null"`
}
