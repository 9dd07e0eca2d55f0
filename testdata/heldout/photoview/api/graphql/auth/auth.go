// Package auth is api/graphql/auth/auth.go (reduced to the context accessors).
package auth

import (
	"context"
	"errors"

	"example.com/heldout/photoview/api/graphql/models"
)

// ErrUnauthorized is api/graphql/auth/auth.go:16.
var ErrUnauthorized = errors.New("unauthorized")

var userCtxKey = &contextKey{"user"}

type contextKey struct {
	name string
}

// AddUserToContext is api/graphql/auth/auth.go (the middleware stores the user).
func AddUserToContext(ctx context.Context, user *models.User) context.Context {
	return context.WithValue(ctx, userCtxKey, user)
}

// UserFromContext is api/graphql/auth/auth.go:87.
func UserFromContext(ctx context.Context) *models.User {
	raw, _ := ctx.Value(userCtxKey).(*models.User)
	return raw
}
