// Package viewer is a stand-in for github.com/lin-snow/ech0/pkg/viewer: the
// authenticated caller carried in the request context.
package viewer

import "context"

type ctxKey struct{}

// Viewer is the caller identity.
type Viewer struct {
	userID  string
	tokenID string
}

// UserID returns the caller's user id ("" when anonymous).
func (v *Viewer) UserID() string { return v.userID }

// TokenID returns the access-token id, if any.
func (v *Viewer) TokenID() string { return v.tokenID }

// WithViewer stores a viewer in ctx.
func WithViewer(ctx context.Context, userID, tokenID string) context.Context {
	return context.WithValue(ctx, ctxKey{}, &Viewer{userID: userID, tokenID: tokenID})
}

// MustFromContext returns the viewer of ctx (an anonymous one when absent).
func MustFromContext(ctx context.Context) *Viewer {
	if v, ok := ctx.Value(ctxKey{}).(*Viewer); ok {
		return v
	}
	return &Viewer{}
}
