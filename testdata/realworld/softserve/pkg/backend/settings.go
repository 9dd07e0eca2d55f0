package backend

import (
	"context"

	"example.com/realworld/softserve/pkg/access"
	"example.com/realworld/softserve/pkg/db"
)

// AllowKeyless returns whether or not keyless access is allowed.
//
// It implements backend.Backend.
// pkg/backend/settings.go:19
func (b *Backend) AllowKeyless(ctx context.Context) bool {
	if b.cfg.AllowKeyless != nil {
		return *b.cfg.AllowKeyless
	}

	var allow bool
	if err := b.db.TransactionContext(ctx, func(tx *db.Tx) error {
		var err error
		allow, err = b.store.GetAllowKeylessAccess(ctx, tx)
		return err
	}); err != nil {
		return false
	}

	return allow
}

// AnonAccess returns the level of anonymous access.
//
// It implements backend.Backend.
// pkg/backend/settings.go:54
func (b *Backend) AnonAccess(ctx context.Context) access.AccessLevel {
	if b.cfg.AnonAccess != nil {
		return *b.cfg.AnonAccess
	}

	var level access.AccessLevel
	if err := b.db.TransactionContext(ctx, func(tx *db.Tx) error {
		var err error
		level, err = b.store.GetAnonAccess(ctx, tx)
		return err
	}); err != nil {
		return access.NoAccess
	}

	return level
}
