package bundb

import (
	"context"

	"github.com/uptrace/bun"

	"example.com/realworld/gotosocial/internal/gtserror"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/id"
	"example.com/realworld/gotosocial/internal/state"
)

// statusDB is internal/db/bundb/status.go.
type statusDB struct {
	db    *bun.DB
	state *state.State
}

// GetStatusByID is internal/db/bundb/status.go.
func (s *statusDB) GetStatusByID(ctx context.Context, id string) (*gtsmodel.Status, error) {
	return s.getStatus(
		ctx,
		"ID",
		func(status *gtsmodel.Status) error {
			return s.db.NewSelect().Model(status).Where("? = ?", bun.Ident("status.id"), id).Scan(ctx)
		},
		id,
	)
}

// GetStatusByURI is internal/db/bundb/status.go:100.
func (s *statusDB) GetStatusByURI(ctx context.Context, uri string) (*gtsmodel.Status, error) {
	return s.getStatus(
		ctx,
		"URI",
		func(status *gtsmodel.Status) error {
			return s.db.NewSelect().Model(status).Where("? = ?", bun.Ident("status.uri"), uri).Scan(ctx)
		},
		uri,
	)
}

// getStatus is internal/db/bundb/status.go (population trimmed).
func (s *statusDB) getStatus(ctx context.Context, lookup string, dbQuery func(*gtsmodel.Status) error, keyParts ...any) (*gtsmodel.Status, error) {
	// Fetch status from database cache with loader callback
	status, err := s.state.Caches.DB.Status.LoadOne(lookup, func() (*gtsmodel.Status, error) {
		var status gtsmodel.Status

		// Not cached! Perform database query.
		if err := dbQuery(&status); err != nil {
			return nil, err
		}

		return &status, nil
	}, keyParts...)
	if err != nil {
		return nil, err
	}

	return status, nil
}

// PutStatus is internal/db/bundb/status.go:334 (the reply/thread
// reconciliation is reduced to a new thread for a status without one).
func (s *statusDB) PutStatus(ctx context.Context, status *gtsmodel.Status) error {
	return s.state.Caches.DB.Status.Store(status, func() error {
		// It is safe to run this database transaction within cache.Store
		// as the cache does not attempt a mutex lock until AFTER hook.
		//
		return s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
			if status.BoostOfID != "" {
				var threadID string

				// Boost wrappers always inherit thread
				// of the origin status they're boosting.
				if err := tx.
					NewSelect().
					Table("statuses").
					Column("thread_id").
					Where("? = ?", bun.Ident("id"), status.BoostOfID).
					Scan(ctx, &threadID); err != nil {
					return gtserror.Newf("error selecting boosted status: %w", err)
				}

				// Set the selected thread.
				status.ThreadID = threadID

				// They also require no further
				// checks! Simply insert status here.
				return insertStatus(ctx, tx, status)
			}

			if status.ThreadID == "" {
				// No related status with thread ID already exists,
				// so create new thread ID from status creation time.
				threadID := id.NewULIDFromTime(status.CreatedAt)

				// Insert new thread.
				if _, err := tx.
					NewInsert().
					Model(&gtsmodel.Thread{ID: threadID}).
					Exec(ctx); err != nil {
					return gtserror.Newf("error inserting thread: %w", err)
				}

				// Update status thread ID.
				status.ThreadID = threadID
			}

			// And after threading, insert status.
			// This will error if ThreadID is unset.
			return insertStatus(ctx, tx, status)
		})
	})
}

// insertStatus is internal/db/bundb/status.go (status_to_emojis /
// status_to_tags link inserts trimmed).
func insertStatus(ctx context.Context, tx bun.Tx, status *gtsmodel.Status) error {
	if _, err := tx.NewInsert().
		Model(status).
		Exec(ctx); err != nil {
		return gtserror.Newf("error inserting status: %w", err)
	}
	return nil
}
