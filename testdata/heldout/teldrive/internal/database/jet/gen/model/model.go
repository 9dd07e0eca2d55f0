// Package model reproduces the go-jet generated models of
// internal/database/jet/gen/model (users.go, files.go, channels.go,
// sessions.go, periodic_jobs.go), reduced to the fields used here.
package model

import (
	"time"

	"github.com/google/uuid"
)

// Users reproduces internal/database/jet/gen/model/users.go.
type Users struct {
	UserID    int64 `sql:"primary_key"`
	Name      *string
	UserName  string
	IsPremium bool
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Files reproduces internal/database/jet/gen/model/files.go (Parts dropped).
type Files struct {
	Name      string
	Type      string
	MimeType  string
	Size      *int64
	UserID    int64
	Status    *string
	ChannelID *int64
	CreatedAt time.Time
	UpdatedAt time.Time
	Encrypted bool
	Category  *string
	ID        uuid.UUID `sql:"primary_key"`
	ParentID  *uuid.UUID
	Hash      *string
}

// Channels reproduces internal/database/jet/gen/model/channels.go.
type Channels struct {
	ChannelID   int64 `sql:"primary_key"`
	ChannelName string
	UserID      int64
	Selected    *bool
	CreatedAt   time.Time
}

// Sessions reproduces internal/database/jet/gen/model/sessions.go.
type Sessions struct {
	ID               uuid.UUID `sql:"primary_key"`
	UserID           int64
	TgSession        string
	RefreshTokenHash *string
	SessionDate      *int32
	CreatedAt        time.Time
	UpdatedAt        time.Time
	RevokedAt        *time.Time
}
