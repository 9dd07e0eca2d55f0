package repository

import (
	"context"
	"strings"
	"time"

	"example.com/realworld/hatchet/pkg/repository/sqlchelpers"
	"example.com/realworld/hatchet/pkg/repository/sqlcv1"
	"example.com/realworld/hatchet/third_party/uuid"
)

// CreateUserOpts is pkg/repository/user.go:16.
type CreateUserOpts struct {
	Email         string `validate:"required,email"`
	EmailVerified *bool
	Name          *string

	// auth options
	Password *string    `validate:"omitempty,excluded_with=OAuth"`
	OAuth    *OAuthOpts `validate:"omitempty,excluded_with=Password"`
}

// OAuthOpts is pkg/repository/user.go:26.
type OAuthOpts struct {
	Provider       string     `validate:"required,oneof=google github sso"`
	ProviderUserId string     `validate:"required,min=1"`
	AccessToken    []byte     `validate:"required,min=1"`
	RefreshToken   []byte     // optional
	ExpiresAt      *time.Time // optional
}

// UpdateUserOpts is pkg/repository/user.go:34.
type UpdateUserOpts struct {
	EmailVerified *bool
	Name          *string

	// auth options
	Password *string    `validate:"omitempty,required_without=OAuth,excluded_with=OAuth"`
	OAuth    *OAuthOpts `validate:"omitempty,required_without=Password,excluded_with=Password"`
}

// UserRepository is pkg/repository/user.go:51 (reduced).
type UserRepository interface {
	// GetUserByEmail returns the user with the given email
	GetUserByEmail(ctx context.Context, email string) (*sqlcv1.User, error)

	// CreateUser creates a new user with the given options
	CreateUser(ctx context.Context, opts *CreateUserOpts) (*sqlcv1.User, error)

	// UpdateUser updates the user with the given email
	UpdateUser(ctx context.Context, id uuid.UUID, opts *UpdateUserOpts) (*sqlcv1.User, error)
}

func StringPtr(s string) *string {
	return &s
}

func BoolPtr(b bool) *bool {
	return &b
}

type userRepository struct {
	*sharedRepository
}

func newUserRepository(shared *sharedRepository) UserRepository {
	return &userRepository{
		sharedRepository: shared,
	}
}

// GetUserByEmail is pkg/repository/user.go:126.
func (r *userRepository) GetUserByEmail(ctx context.Context, email string) (*sqlcv1.User, error) {
	emailLower := strings.ToLower(email)

	return r.queries.GetUserByEmail(ctx, r.pool, emailLower)
}

// CreateUser is pkg/repository/user.go:136 (create callbacks trimmed).
func (r *userRepository) CreateUser(ctx context.Context, opts *CreateUserOpts) (*sqlcv1.User, error) {
	if err := r.v.Validate(opts); err != nil {
		return nil, err
	}

	userId := uuid.New()

	params := sqlcv1.CreateUserParams{
		ID:    userId,
		Email: strings.ToLower(opts.Email),
	}

	if opts.EmailVerified != nil {
		params.EmailVerified = sqlchelpers.BoolFromBoolean(*opts.EmailVerified)
	}

	if opts.Name != nil {
		params.Name = sqlchelpers.TextFromStr(*opts.Name)
	}

	tx, commit, rollback, err := sqlchelpers.PrepareTx(ctx, r.pool, r.l)

	if err != nil {
		return nil, err
	}

	defer rollback()

	user, err := r.queries.CreateUser(ctx, tx, params)

	if err != nil {
		return nil, err
	}

	if opts.Password != nil {
		_, err = r.queries.CreateUserPassword(ctx, tx, sqlcv1.CreateUserPasswordParams{
			Userid: userId,
			Hash:   *opts.Password,
		})

		if err != nil {
			return nil, err
		}
	}

	if opts.OAuth != nil {
		createOAuthParams := sqlcv1.CreateUserOAuthParams{
			Userid:         userId,
			Provider:       opts.OAuth.Provider,
			Provideruserid: opts.OAuth.ProviderUserId,
			Accesstoken:    opts.OAuth.AccessToken,
			RefreshToken:   opts.OAuth.RefreshToken,
		}

		if opts.OAuth.ExpiresAt != nil {
			createOAuthParams.ExpiresAt = sqlchelpers.TimestampFromTime(*opts.OAuth.ExpiresAt)
		}

		_, err = r.queries.CreateUserOAuth(ctx, tx, createOAuthParams)

		if err != nil {
			return nil, err
		}
	}

	if err := commit(ctx); err != nil {
		return nil, err
	}

	return user, nil
}

// UpdateUser is pkg/repository/user.go:221 (password branch trimmed).
func (r *userRepository) UpdateUser(ctx context.Context, id uuid.UUID, opts *UpdateUserOpts) (*sqlcv1.User, error) {
	if err := r.v.Validate(opts); err != nil {
		return nil, err
	}

	params := sqlcv1.UpdateUserParams{
		ID: id,
	}

	if opts.EmailVerified != nil {
		params.EmailVerified = sqlchelpers.BoolFromBoolean(*opts.EmailVerified)
	}

	if opts.Name != nil {
		params.Name = sqlchelpers.TextFromStr(*opts.Name)
	}

	tx, commit, rollback, err := sqlchelpers.PrepareTx(ctx, r.pool, r.l)

	if err != nil {
		return nil, err
	}

	defer rollback()

	user, err := r.queries.UpdateUser(ctx, tx, params)

	if err != nil {
		return nil, err
	}

	if opts.OAuth != nil {
		createOAuthParams := sqlcv1.UpsertUserOAuthParams{
			Userid:         id,
			Provider:       opts.OAuth.Provider,
			Provideruserid: opts.OAuth.ProviderUserId,
			Accesstoken:    opts.OAuth.AccessToken,
			RefreshToken:   opts.OAuth.RefreshToken,
		}

		if opts.OAuth.ExpiresAt != nil {
			createOAuthParams.ExpiresAt = sqlchelpers.TimestampFromTime(*opts.OAuth.ExpiresAt)
		}

		_, err = r.queries.UpsertUserOAuth(ctx, tx, createOAuthParams)

		if err != nil {
			return nil, err
		}
	}

	if err := commit(ctx); err != nil {
		return nil, err
	}

	return user, nil
}
