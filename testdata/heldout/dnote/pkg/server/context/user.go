// Package context reproduces dnote/dnote 8ffd44f36287 pkg/server/context.
package context

import (
	"context"

	"example.com/heldout/dnote/pkg/server/database"
)

const (
	userKey privateKey = "user"
)

type privateKey string

// WithUser reproduces pkg/server/context/user.go:34.
// WithUser creates a new context with the given user
func WithUser(ctx context.Context, user *database.User) context.Context {
	return context.WithValue(ctx, userKey, user)
}

// User reproduces pkg/server/context/user.go:50.
// User retrieves a user from the given context. It returns a pointer to
// a user. If the context does not contain a user, it returns nil.
func User(ctx context.Context) *database.User {
	if temp := ctx.Value(userKey); temp != nil {
		if user, ok := temp.(*database.User); ok {
			return user
		}
	}

	return nil
}
