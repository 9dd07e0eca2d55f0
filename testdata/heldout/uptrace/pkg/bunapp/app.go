// Package bunapp reproduces the subset of github.com/uptrace/uptrace/pkg/bunapp
// used here: the PostgreSQL global lock, the task queue and its in-process job
// name storage.
package bunapp

import (
	"context"
	"sync"
	"time"

	"example.com/heldout/uptrace/pkg/taskq/pgq"
	"example.com/heldout/uptrace/third_party/cache"
	"example.com/heldout/uptrace/third_party/taskq"
	"github.com/uptrace/bun"
)

// initTaskq reproduces pkg/bunapp/app.go:310 (upstream goes through
// pgq.NewFactory(pg).RegisterQueue, which calls pgq.NewQueue).
func initTaskq(pg *bun.DB) taskq.Queue {
	return pgq.NewQueue(pg,
		&taskq.QueueConfig{
			Name:    "main",
			Storage: newLocalStorage(),
		},
	)
}

// NewMainQueue exposes initTaskq (upstream it is provided through fx).
func NewMainQueue(pg *bun.DB) taskq.Queue {
	return initTaskq(pg)
}

// WithGlobalLock reproduces pkg/bunapp/app.go:319 (used around the migrations,
// cmd/uptrace/main.go:238 and :270).
func WithGlobalLock(ctx context.Context, pg *bun.DB, fn func() error) error {
	return pg.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(?)", 0); err != nil {
			return err
		}
		return fn()
	})
}

//------------------------------------------------------------------------------

// localStorage reproduces pkg/bunapp/app.go:330.
type localStorage struct {
	mu    sync.Mutex
	cache *cache.Cache[string, time.Time]
}

// newLocalStorage reproduces pkg/bunapp/app.go:335.
func newLocalStorage() *localStorage {
	return &localStorage{
		cache: cache.New[string, time.Time](10000),
	}
}

// Exists reproduces pkg/bunapp/app.go:341: check and mark under one mutex.
func (s *localStorage) Exists(ctx context.Context, key string) bool {
	now := time.Now()

	s.mu.Lock()
	defer s.mu.Unlock()

	if tm, ok := s.cache.Get(key); ok && now.Sub(tm) < 24*time.Hour {
		return true
	}

	s.cache.Put(key, now)
	return false
}

// RegisterTaskHandler reproduces pkg/bunapp/app.go:404.
func RegisterTaskHandler(name string, handler any) *taskq.Task {
	return taskq.NewTask(name, handler)
}
