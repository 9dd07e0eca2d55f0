// Package backend is a reduced copy of pkg/backend: the Backend service that
// the SSH commands, the HTTP git/LFS handlers and the jobs call, on top of
// store.Store.
package backend

import (
	"context"

	"example.com/realworld/softserve/pkg/config"
	"example.com/realworld/softserve/pkg/db"
	"example.com/realworld/softserve/pkg/store"
	"example.com/realworld/softserve/pkg/task"
	"example.com/realworld/softserve/third_party/log"
)

// Backend is the Soft Serve backend that handles users, repositories, and
// server settings management and operations.
// pkg/backend/backend.go:15
type Backend struct {
	ctx     context.Context
	cfg     *config.Config
	db      *db.DB
	store   store.Store
	logger  *log.Logger
	cache   *cache
	manager *task.Manager
}

// New returns a new Soft Serve backend.
// pkg/backend/backend.go:26
func New(ctx context.Context, cfg *config.Config, db *db.DB, st store.Store) *Backend {
	logger := log.FromContext(ctx).WithPrefix("backend")
	b := &Backend{
		ctx:     ctx,
		cfg:     cfg,
		db:      db,
		store:   st,
		logger:  logger,
		manager: task.NewManager(ctx),
	}

	// TODO: implement a proper caching interface
	cache := newCache(b, 1000)
	b.cache = cache

	return b
}

// ContextKey is the key for the backend in the context.
var ContextKey = &struct{ string }{"backend"}

// FromContext returns a backend from a context.
// pkg/backend/context.go:9
func FromContext(ctx context.Context) *Backend {
	if b, ok := ctx.Value(ContextKey).(*Backend); ok {
		return b
	}

	return nil
}

// WithContext returns a new context with the backend attached.
// pkg/backend/context.go:18
func WithContext(ctx context.Context, b *Backend) context.Context {
	return context.WithValue(ctx, ContextKey, b)
}
