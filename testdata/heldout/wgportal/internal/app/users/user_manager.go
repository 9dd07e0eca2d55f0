// Package users reproduces h44z/wg-portal c800e7dd343b internal/app/users.
package users

import (
	"context"
	"errors"
	"fmt"
	"time"

	"example.com/heldout/wgportal/internal/app"
	"example.com/heldout/wgportal/internal/config"
	"example.com/heldout/wgportal/internal/domain"
)

// region dependencies

// UserDatabaseRepo reproduces internal/app/users/user_manager.go:20 (trimmed).
type UserDatabaseRepo interface {
	// GetUser returns the user with the given identifier.
	GetUser(ctx context.Context, id domain.UserIdentifier) (*domain.User, error)
	// GetAllUsers returns all users.
	GetAllUsers(ctx context.Context) ([]domain.User, error)
	// SaveUser saves the user with the given identifier.
	SaveUser(ctx context.Context, id domain.UserIdentifier, updateFunc func(u *domain.User) (*domain.User, error)) error
}

// PeerDatabaseRepo reproduces internal/app/users/user_manager.go:37.
type PeerDatabaseRepo interface {
	// GetUserPeers returns all peers linked to the given user.
	GetUserPeers(ctx context.Context, id domain.UserIdentifier) ([]domain.Peer, error)
}

// EventBus reproduces internal/app/users/user_manager.go:47.
type EventBus interface {
	// Publish sends a message to the message bus.
	Publish(topic string, args ...any)
}

// endregion dependencies

// Manager reproduces internal/app/users/user_manager.go:55 (interface repo trimmed).
// Manager is the user manager.
type Manager struct {
	cfg *config.Config

	bus   EventBus
	users UserDatabaseRepo
	peers PeerDatabaseRepo
}

// NewUserManager reproduces internal/app/users/user_manager.go:65.
// NewUserManager creates a new user manager instance.
func NewUserManager(
	cfg *config.Config,
	bus EventBus,
	users UserDatabaseRepo,
	peers PeerDatabaseRepo,
) (*Manager, error) {
	m := &Manager{
		cfg: cfg,
		bus: bus,

		users: users,
		peers: peers,
	}
	return m, nil
}

// RegisterUser reproduces internal/app/users/user_manager.go:84.
// RegisterUser registers a new user.
func (m Manager) RegisterUser(ctx context.Context, user *domain.User) error {
	if err := domain.ValidateAdminAccessRights(ctx); err != nil {
		return err
	}

	createdUser, err := m.create(ctx, user)
	if err != nil {
		return err
	}

	m.bus.Publish(app.TopicUserRegistered, *createdUser)

	return nil
}

// GetUser reproduces internal/app/users/user_manager.go:106.
// GetUser returns the user with the given identifier.
func (m Manager) GetUser(ctx context.Context, id domain.UserIdentifier) (*domain.User, error) {
	if err := domain.ValidateUserAccessRights(ctx, id); err != nil {
		return nil, err
	}

	return m.getUser(ctx, id)
}

// UpdateUser reproduces internal/app/users/user_manager.go:175.
// UpdateUser updates the user with the given identifier.
func (m Manager) UpdateUser(ctx context.Context, user *domain.User) (*domain.User, error) {
	if err := domain.ValidateUserAccessRights(ctx, user.Identifier); err != nil {
		return nil, err
	}

	existingUser, err := m.users.GetUser(ctx, user.Identifier) // safe: guard of an update only (missing user is an error)
	if err != nil {
		return nil, fmt.Errorf("unable to load existing user %s: %w", user.Identifier, err)
	}

	user.CopyCalculatedAttributes(existingUser, true) // ensure that crucial attributes stay the same

	return m.update(ctx, existingUser, user, true)
}

// UpdateUserInternal reproduces internal/app/users/user_manager.go:192.
// UpdateUserInternal updates the user with the given identifier. This function must never be called from external.
// This function allows to override authentications and webauthn credentials.
func (m Manager) UpdateUserInternal(ctx context.Context, user *domain.User) (*domain.User, error) {
	existingUser, err := m.users.GetUser(ctx, user.Identifier)
	if err != nil {
		return nil, fmt.Errorf("unable to load existing user %s: %w", user.Identifier, err)
	}

	return m.update(ctx, existingUser, user, false)
}

// CreateUser reproduces internal/app/users/user_manager.go:202.
// CreateUser creates a new user.
func (m Manager) CreateUser(ctx context.Context, user *domain.User) (*domain.User, error) {
	if err := domain.ValidateAdminAccessRights(ctx); err != nil {
		return nil, err
	}

	return m.create(ctx, user)
}

// validateModifications reproduces internal/app/users/user_manager.go:282 (checks trimmed).
func (m Manager) validateModifications(ctx context.Context, old, new *domain.User) error {
	currentUser := domain.GetUserInfo(ctx)

	if currentUser.Id == old.Identifier && old.IsAdmin && !new.IsAdmin {
		return fmt.Errorf("cannot remove own admin rights: %w", domain.ErrInvalidData)
	}

	return nil
}

// validateCreation reproduces internal/app/users/user_manager.go:357 (password checks trimmed).
func (m Manager) validateCreation(ctx context.Context, new *domain.User) error {
	currentUser := domain.GetUserInfo(ctx)

	if !currentUser.IsAdmin {
		return fmt.Errorf("insufficient permissions")
	}

	if new.Identifier == "" {
		return fmt.Errorf("invalid user identifier: %w", domain.ErrInvalidData)
	}

	if len(new.Authentications) != 1 {
		return fmt.Errorf("invalid number of authentications: %d, expected 1: %w",
			len(new.Authentications), domain.ErrInvalidData)
	}

	// database users must have a password
	if new.Authentications[0].Source == domain.UserSourceDatabase && string(new.Password) == "" {
		return fmt.Errorf("missing password: %w", domain.ErrInvalidData)
	}

	return nil
}

// enrichUser reproduces internal/app/users/user_manager.go:429.
func (m Manager) enrichUser(ctx context.Context, user *domain.User) *domain.User {
	if user == nil {
		return nil
	}
	peers, _ := m.peers.GetUserPeers(ctx, user.Identifier) // ignore error, list will be empty in error case
	user.LinkedPeerCount = len(peers)
	return user
}

// getUser reproduces internal/app/users/user_manager.go:438.
func (m Manager) getUser(ctx context.Context, id domain.UserIdentifier) (*domain.User, error) {
	user, err := m.users.GetUser(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("unable to load user %s: %w", id, err)
	}
	return m.enrichUser(ctx, user), nil
}

// update reproduces internal/app/users/user_manager.go:446 (enable/disable events trimmed).
func (m Manager) update(ctx context.Context, existingUser, user *domain.User, keepAuthentications bool) (
	*domain.User,
	error,
) {
	if err := m.validateModifications(ctx, existingUser, user); err != nil {
		return nil, fmt.Errorf("update not allowed: %w", err)
	}

	err := user.HashPassword()
	if err != nil {
		return nil, err
	}
	if user.Password == "" { // keep old password
		user.Password = existingUser.Password
	}

	err = m.users.SaveUser(ctx, existingUser.Identifier, func(u *domain.User) (*domain.User, error) {
		user.CopyCalculatedAttributes(u, keepAuthentications)
		return user, nil
	})
	if err != nil {
		return nil, fmt.Errorf("update failure: %w", err)
	}

	m.bus.Publish(app.TopicUserUpdated, *user)

	return user, nil
}

// create reproduces internal/app/users/user_manager.go:482.
func (m Manager) create(ctx context.Context, user *domain.User) (*domain.User, error) {
	if user.Identifier == "" {
		return nil, errors.New("missing user identifier")
	}

	existingUser, err := m.users.GetUser(ctx, user.Identifier) // race
	if err != nil && !errors.Is(err, domain.ErrNotFound) {
		return nil, fmt.Errorf("unable to load existing user %s: %w", user.Identifier, err)
	}
	if existingUser != nil {
		return nil, errors.Join(fmt.Errorf("user %s already exists", user.Identifier), domain.ErrDuplicateEntry)
	}

	// Add default authentication if missing
	if len(user.Authentications) == 0 {
		ctxUserInfo := domain.GetUserInfo(ctx)
		now := time.Now()
		user.Authentications = []domain.UserAuthentication{
			{
				BaseModel: domain.BaseModel{
					CreatedBy: ctxUserInfo.UserId(),
					UpdatedBy: ctxUserInfo.UserId(),
					CreatedAt: now,
					UpdatedAt: now,
				},
				UserIdentifier: user.Identifier,
				Source:         domain.UserSourceDatabase,
				ProviderName:   "",
			},
		}
	}

	if err := m.validateCreation(ctx, user); err != nil {
		return nil, fmt.Errorf("creation not allowed: %w", err)
	}

	err = user.HashPassword()
	if err != nil {
		return nil, err
	}

	err = m.users.SaveUser(ctx, user.Identifier, func(u *domain.User) (*domain.User, error) {
		user.CopyCalculatedAttributes(u, false)
		return user, nil
	})
	if err != nil {
		return nil, fmt.Errorf("creation failure: %w", err)
	}

	m.bus.Publish(app.TopicUserCreated, *user)

	return user, nil
}
