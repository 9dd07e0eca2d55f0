package bundb

import (
	"context"
	"errors"
	"time"

	"github.com/uptrace/bun"

	"example.com/realworld/gotosocial/internal/db"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/state"
)

// moveDB is internal/db/bundb/move.go.
type moveDB struct {
	db    *bun.DB
	state *state.State
}

// GetLatestMoveAttemptInvolvingURIs is internal/db/bundb/move.go:125.
func (m *moveDB) GetLatestMoveAttemptInvolvingURIs(
	ctx context.Context,
	uri1 string,
	uri2 string,
) (time.Time, error) {
	// Get at most 1 latest Move
	// involving the provided URIs.
	var moves []*gtsmodel.Move
	err := m.db.
		NewSelect().
		Model(&moves).
		Column("attempted_at").
		Where("? = ?", bun.Ident("move.origin_uri"), uri1).
		WhereOr("? = ?", bun.Ident("move.origin_uri"), uri2).
		WhereOr("? = ?", bun.Ident("move.target_uri"), uri1).
		WhereOr("? = ?", bun.Ident("move.target_uri"), uri2).
		Order("id DESC").
		Limit(1).
		Scan(ctx)
	if err != nil && !errors.Is(err, db.ErrNoEntries) {
		return time.Time{}, err
	}

	if len(moves) != 1 {
		return time.Time{}, nil
	}

	return moves[0].AttemptedAt, nil
}

// PutMove is internal/db/bundb/move.go:207.
func (m *moveDB) PutMove(ctx context.Context, move *gtsmodel.Move) error {
	return m.state.Caches.DB.Move.Store(move, func() error {
		_, err := m.db.
			NewInsert().
			Model(move).
			Exec(ctx)
		return err
	})
}
