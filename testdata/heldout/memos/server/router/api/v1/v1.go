// Package v1 reproduces the get-or-create sites of memos' API service
// (server/router/api/v1). Helpers defined elsewhere upstream are small
// stand-ins in helpers.go.
package v1

import (
	"context"

	"example.com/heldout/memos/store"
)

// APIV1Service reproduces server/router/api/v1/v1.go APIV1Service (trimmed to the Store).
type APIV1Service struct {
	Store *store.Store
}

type currentUserKey struct{}

// WithCurrentUser stores the authenticated user in the context (stand-in for the
// auth interceptor).
func WithCurrentUser(ctx context.Context, user *store.User) context.Context {
	return context.WithValue(ctx, currentUserKey{}, user)
}

// fetchCurrentUser stands in for server/router/api/v1/auth_service_session.go:246.
func (s *APIV1Service) fetchCurrentUser(ctx context.Context) (*store.User, error) {
	user, _ := ctx.Value(currentUserKey{}).(*store.User)
	return user, nil
}
