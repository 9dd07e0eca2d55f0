package repositories

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"

	"example.com/heldout/teldrive/internal/database/jet/gen/model"
)

// ErrNotFound and ErrConflict reproduce pkg/repositories/interfaces.go:14-17.
var (
	ErrNotFound = errors.New("repository: not found")
	ErrConflict = errors.New("repository: conflict")
)

// ChannelUpdate reproduces pkg/repositories/interfaces.go:88.
type ChannelUpdate struct {
	ChannelName *string
	Selected    *bool
}

// FileRepository reproduces pkg/repositories/interfaces.go:107 (subset).
type FileRepository interface {
	Create(ctx context.Context, file *model.Files) error
	UpsertActive(ctx context.Context, file *model.Files) error
	GetByIDAndUser(ctx context.Context, id uuid.UUID, userID int64) (*model.Files, error)
	GetActiveByNameAndParent(ctx context.Context, userID int64, name string, parentID *uuid.UUID) (*model.Files, error)
	MoveSingleReturning(ctx context.Context, id uuid.UUID, userID int64, parentID *uuid.UUID, name *string) (*model.Files, error)
	Delete(ctx context.Context, ids []uuid.UUID) error
	CreateDirectories(ctx context.Context, userID int64, path string) (*uuid.UUID, error)
	ResolvePathID(ctx context.Context, path string, userID int64) (*uuid.UUID, error)
}

// SessionRepository reproduces pkg/repositories/interfaces.go:136 (subset).
type SessionRepository interface {
	Create(ctx context.Context, session *model.Sessions) error
	GetByRefreshTokenHash(ctx context.Context, refreshTokenHash string) (*model.Sessions, error)
	UpdateRefreshTokenHash(ctx context.Context, id uuid.UUID, refreshTokenHash string) error
}

// ChannelRepository reproduces pkg/repositories/interfaces.go:168 (subset).
type ChannelRepository interface {
	Create(ctx context.Context, channel *model.Channels) error
	GetByUserID(ctx context.Context, userID int64) ([]model.Channels, error)
	GetByChannelID(ctx context.Context, channelID int64) (*model.Channels, error)
	GetSelected(ctx context.Context, userID int64) (*model.Channels, error)
	GetByUserIDCreatedAfter(ctx context.Context, userID int64, after time.Time) (*model.Channels, error)
	Update(ctx context.Context, channelID int64, update ChannelUpdate) error
}

// UserRepository reproduces pkg/repositories/interfaces.go:189.
type UserRepository interface {
	Create(ctx context.Context, user *model.Users) error
	GetByID(ctx context.Context, userID int64) (*model.Users, error)
}

// PeriodicJobRepository reproduces pkg/repositories/interfaces.go:213 (subset).
type PeriodicJobRepository interface {
	Create(ctx context.Context, job *PeriodicJob) error
	GetByIDAndUserID(ctx context.Context, id uuid.UUID, userID int64) (*PeriodicJob, error)
	GetByNameAndUserID(ctx context.Context, userID int64, name string) (*PeriodicJob, error)
}

// PeriodicJob reproduces pkg/repositories/interfaces.go:224 (Args kept as JSON text).
type PeriodicJob struct {
	ID             uuid.UUID
	UserID         int64
	Name           string
	Kind           string
	Args           string
	CronExpression string
	Enabled        bool
	System         bool
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Repositories reproduces pkg/repositories/interfaces.go:296 (subset).
type Repositories struct {
	Pool         Pool
	Files        FileRepository
	Sessions     SessionRepository
	Channels     ChannelRepository
	Users        UserRepository
	PeriodicJobs PeriodicJobRepository
}
