package bundb

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/state"
)

// markerDB is internal/db/bundb/marker.go.
type markerDB struct {
	db    *bun.DB
	state *state.State
}

// GetMarker is internal/db/bundb/marker.go:41.
func (m *markerDB) GetMarker(ctx context.Context, accountID string, name gtsmodel.MarkerName) (*gtsmodel.Marker, error) {
	marker, err := m.state.Caches.DB.Marker.LoadOne(
		"AccountID,Name",
		func() (*gtsmodel.Marker, error) {
			var marker gtsmodel.Marker

			if err := m.db.NewSelect().
				Model(&marker).
				Where("? = ? AND ? = ?", bun.Ident("account_id"), accountID, bun.Ident("name"), name).
				Scan(ctx); err != nil {
				return nil, err
			}

			return &marker, nil
		}, accountID, name,
	)
	if err != nil {
		return nil, err // already processed
	}

	return marker, nil
}

// UpdateMarker is internal/db/bundb/marker.go:64, called from POST
// /api/v1/markers (processing/markers/update.go:34, which turns
// db.ErrAlreadyExists into 409 Conflict "marker updated by another client").
func (m *markerDB) UpdateMarker(ctx context.Context, marker *gtsmodel.Marker) error {
	prevMarker, err := m.GetMarker(ctx, marker.AccountID, marker.Name) // safe: optimistic concurrency by design: a concurrent first write fails on the (account_id, name) key and is reported as 409 Conflict for the client to retry, like a concurrent version-checked update
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		return fmt.Errorf("UpdateMarker: error fetching previous version of marker: %w", err)
	}

	marker.UpdatedAt = time.Now()
	if prevMarker != nil {
		marker.Version = prevMarker.Version + 1
	}

	return m.state.Caches.DB.Marker.Store(marker, func() error {
		if prevMarker == nil {
			if _, err := m.db.NewInsert().
				Model(marker).
				Exec(ctx); err != nil {
				return err
			}
			return nil
		}

		// Optimistic concurrency control: start a transaction, try to update a row with a previously retrieved version.
		// If the update in the transaction fails to actually change anything, another update happened concurrently, and
		// this update should be retried by the caller, which in this case involves sending HTTP 409 to the API client.
		return m.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
			result, err := tx.NewUpdate().
				Model(marker).
				WherePK().
				Where("? = ?", bun.Ident("version"), prevMarker.Version).
				Exec(ctx)
			if err != nil {
				return err
			}

			rowsAffected, err := result.RowsAffected()
			if err != nil {
				return err
			}
			if rowsAffected == 0 {
				// Will trigger a rollback, although there should be no changes to roll back.
				return db.ErrAlreadyExists
			} else if rowsAffected > 1 {
				// This shouldn't happen.
				return db.ErrNoEntries
			}

			return nil
		})
	})
}
