package context

import (
	"context"

	"example.com/heldout/gogs/internal/database"
)

// Store is the data layer carrier for context middleware. This interface is
// meant to abstract away and limit the exposure of the underlying data layer to
// the handler through a thin-wrapper.
//
// internal/context/store.go, reduced.
type Store interface {
	AuthStore
}

type store struct{}

// NewStore returns a new Store using the global database handle.
func NewStore() Store {
	return &store{}
}

// GetUserByUsername is internal/context/store.go GetUserByUsername.
func (*store) GetUserByUsername(ctx context.Context, username string) (*database.User, error) {
	return database.Handle.Users().GetByUsername(ctx, username)
}

// CreateUser is internal/context/store.go:70.
func (*store) CreateUser(ctx context.Context, username, email string, opts database.CreateUserOptions) (*database.User, error) {
	return database.Handle.Users().Create(ctx, username, email, opts)
}
