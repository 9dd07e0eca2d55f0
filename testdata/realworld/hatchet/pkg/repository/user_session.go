package repository

import (
	"context"
	"time"

	"example.com/realworld/hatchet/pkg/repository/sqlchelpers"
	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/uuid"
)

// CreateSessionOpts is pkg/repository/user_session.go:15.
type CreateSessionOpts struct {
	ID uuid.UUID `validate:"required"`

	ExpiresAt time.Time `validate:"required"`

	// (optional) the user id, can be nil if session is unauthenticated
	UserId *uuid.UUID `validate:"omitempty"`

	Data []byte
}

// UpdateSessionOpts is pkg/repository/user_session.go:26.
type UpdateSessionOpts struct {
	UserId *uuid.UUID `validate:"omitempty"`

	Data []byte
}

// UserSessionRepository is pkg/repository/user_session.go:33 (reduced).
type UserSessionRepository interface {
	Create(ctx context.Context, opts *CreateSessionOpts) (*sqlcv1.UserSession, error)
	Update(ctx context.Context, sessionId uuid.UUID, opts *UpdateSessionOpts) (*sqlcv1.UserSession, error)
	GetById(ctx context.Context, sessionId uuid.UUID) (*sqlcv1.UserSession, error)
}

type userSessionRepository struct {
	*sharedRepository
}

func newUserSessionRepository(shared *sharedRepository) UserSessionRepository {
	return &userSessionRepository{
		sharedRepository: shared,
	}
}

// Create is pkg/repository/user_session.go:84 (callbacks trimmed).
func (r *userSessionRepository) Create(ctx context.Context, opts *CreateSessionOpts) (*sqlcv1.UserSession, error) {
	if err := r.v.Validate(opts); err != nil {
		return nil, err
	}

	params := sqlcv1.CreateUserSessionParams{
		ID:        opts.ID,
		Expiresat: sqlchelpers.TimestampFromTime(opts.ExpiresAt),
		UserId:    opts.UserId,
	}

	if opts.Data != nil {
		params.Data = opts.Data
	}

	return r.queries.CreateUserSession(
		ctx,
		r.pool,
		params,
	)
}

// Update is pkg/repository/user_session.go:116 (callbacks trimmed).
func (r *userSessionRepository) Update(ctx context.Context, sessionId uuid.UUID, opts *UpdateSessionOpts) (*sqlcv1.UserSession, error) {
	if err := r.v.Validate(opts); err != nil {
		return nil, err
	}

	params := sqlcv1.UpdateUserSessionParams{
		ID:     sessionId,
		UserId: opts.UserId,
	}

	if opts.Data != nil {
		params.Data = opts.Data
	}

	return r.queries.UpdateUserSession(
		ctx,
		r.pool,
		params,
	)
}

// GetById is pkg/repository/user_session.go:165.
func (r *userSessionRepository) GetById(ctx context.Context, sessionId uuid.UUID) (*sqlcv1.UserSession, error) {
	return r.queries.GetUserSession(
		ctx,
		r.pool,
		sessionId,
	)
}
