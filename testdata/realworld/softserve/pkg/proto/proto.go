// Package proto is a reduced copy of pkg/proto (errors.go, repo.go, user.go,
// context.go).
package proto

import (
	"context"
	"errors"

	"example.com/realworld/softserve/git"
	"example.com/realworld/softserve/third_party/ssh"
)

var (
	// ErrUnauthorized is returned when the user is not authorized to perform action.
	ErrUnauthorized = errors.New("unauthorized")
	// ErrRepoNotFound is returned when a repository is not found.
	ErrRepoNotFound = errors.New("repository not found")
	// ErrRepoExist is returned when a repository already exists.
	ErrRepoExist = errors.New("repository already exists")
	// ErrUserNotFound is returned when a user is not found.
	ErrUserNotFound = errors.New("user not found")
	// ErrTokenNotFound is returned when a token is not found.
	ErrTokenNotFound = errors.New("token not found")
	// ErrCollaboratorExist is returned when a collaborator already exists.
	ErrCollaboratorExist = errors.New("collaborator already exists")
	// ErrExceedsAccessLevel is returned when an action would grant or revoke
	// access above the caller's own access level.
	ErrExceedsAccessLevel = errors.New("cannot change access above your own access level")
)

// Repository is a Git repository interface (pkg/proto/repo.go).
type Repository interface {
	ID() int64
	Name() string
	IsPrivate() bool
	IsMirror() bool
	UserID() int64
	Open() (*git.Repository, error)
}

// RepositoryOptions are options for creating a new repository.
type RepositoryOptions struct {
	Private     bool
	Description string
	ProjectName string
	Mirror      bool
	Hidden      bool
	LFS         bool
	LFSEndpoint string
}

// User represents a user (pkg/proto/user.go).
type User interface {
	ID() int64
	Username() string
	IsAdmin() bool
	PublicKeys() []ssh.PublicKey
}

// UserOptions are options for creating a user.
type UserOptions struct {
	Admin      bool
	PublicKeys []ssh.PublicKey
}

// RepositoryContextKey is the context key for the repository.
var RepositoryContextKey = &struct{ string }{"repository"}

// UserContextKey is the context key for the user.
var UserContextKey = &struct{ string }{"user"}

// RepositoryFromContext returns the repository from the context.
func RepositoryFromContext(ctx context.Context) Repository {
	if r, ok := ctx.Value(RepositoryContextKey).(Repository); ok {
		return r
	}
	return nil
}

// UserFromContext returns the user from the context.
func UserFromContext(ctx context.Context) User {
	if u, ok := ctx.Value(UserContextKey).(User); ok {
		return u
	}
	return nil
}

// WithRepositoryContext returns a new context with the repository.
func WithRepositoryContext(ctx context.Context, r Repository) context.Context {
	return context.WithValue(ctx, RepositoryContextKey, r)
}

// WithUserContext returns a new context with the user.
func WithUserContext(ctx context.Context, u User) context.Context {
	return context.WithValue(ctx, UserContextKey, u)
}
