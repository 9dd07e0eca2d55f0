package bundb

import (
	"context"

	"github.com/uptrace/bun"

	"example.com/realworld/gotosocial/internal/gtscontext"
	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/state"
)

// statusFaveDB is internal/db/bundb/statusfave.go.
type statusFaveDB struct {
	db    *bun.DB
	state *state.State
}

// GetStatusFave is internal/db/bundb/statusfave.go:43.
func (s *statusFaveDB) GetStatusFave(ctx context.Context, accountID string, statusID string) (*gtsmodel.StatusFave, error) {
	return s.getStatusFave(
		ctx,
		"AccountID,StatusID",
		func(fave *gtsmodel.StatusFave) error {
			return s.db.
				NewSelect().
				Model(fave).
				Where("status_fave.account_id = ?", accountID).
				Where("status_fave.status_id = ?", statusID).

				// Our old code actually allowed a status to
				// be faved multiple times by the same author,
				// so limit our query + order to fetch latest.
				Order("status_fave.id DESC"). // our IDs are timestamped
				Limit(1).
				Scan(ctx)
		},
		accountID,
		statusID,
	)
}

// getStatusFave is internal/db/bundb/statusfave.go:96 (population trimmed).
func (s *statusFaveDB) getStatusFave(ctx context.Context, lookup string, dbQuery func(*gtsmodel.StatusFave) error, keyParts ...any) (*gtsmodel.StatusFave, error) {
	// Fetch status fave from database cache with loader callback
	fave, err := s.state.Caches.DB.StatusFave.LoadOne(lookup, func() (*gtsmodel.StatusFave, error) {
		var fave gtsmodel.StatusFave

		// Not cached! Perform database query.
		if err := dbQuery(&fave); err != nil {
			return nil, err
		}

		return &fave, nil
	}, keyParts...)
	if err != nil {
		return nil, err
	}

	if gtscontext.Barebones(ctx) {
		// no need to fully populate.
		return fave, nil
	}

	return fave, nil
}

// PutStatusFave is internal/db/bundb/statusfave.go:251.
func (s *statusFaveDB) PutStatusFave(ctx context.Context, fave *gtsmodel.StatusFave) error {
	return s.state.Caches.DB.StatusFave.Store(fave, func() error {
		_, err := s.db.
			NewInsert().
			Model(fave).
			Exec(ctx)
		return err
	})
}

// statusBookmarkDB is internal/db/bundb/statusbookmark.go.
type statusBookmarkDB struct {
	db    *bun.DB
	state *state.State
}

// GetStatusBookmark is internal/db/bundb/statusbookmark.go:55.
func (s *statusBookmarkDB) GetStatusBookmark(ctx context.Context, accountID string, statusID string) (*gtsmodel.StatusBookmark, error) {
	return s.getStatusBookmark(
		ctx,
		"AccountID,StatusID",
		func(bookmark *gtsmodel.StatusBookmark) error {
			return s.db.
				NewSelect().
				Model(bookmark).
				Where("? = ?", bun.Ident("account_id"), accountID).
				Where("? = ?", bun.Ident("status_id"), statusID).
				Scan(ctx)
		},
		accountID, statusID,
	)
}

// getStatusBookmark is internal/db/bundb/statusbookmark.go (population trimmed).
func (s *statusBookmarkDB) getStatusBookmark(ctx context.Context, lookup string, dbQuery func(*gtsmodel.StatusBookmark) error, keyParts ...any) (*gtsmodel.StatusBookmark, error) {
	bookmark, err := s.state.Caches.DB.StatusBookmark.LoadOne(lookup, func() (*gtsmodel.StatusBookmark, error) {
		var bookmark gtsmodel.StatusBookmark

		// Not cached! Perform database query.
		if err := dbQuery(&bookmark); err != nil {
			return nil, err
		}

		return &bookmark, nil
	}, keyParts...)
	if err != nil {
		return nil, err
	}

	return bookmark, nil
}

// PutStatusBookmark is internal/db/bundb/statusbookmark.go:252.
func (s *statusBookmarkDB) PutStatusBookmark(ctx context.Context, bookmark *gtsmodel.StatusBookmark) error {
	return s.state.Caches.DB.StatusBookmark.Store(bookmark, func() error {
		_, err := s.db.NewInsert().Model(bookmark).Exec(ctx)
		return err
	})
}

// threadDB is internal/db/bundb/thread.go.
type threadDB struct {
	db    *bun.DB
	state *state.State
}

// GetThreadMutedByAccount is internal/db/bundb/thread.go:61.
func (t *threadDB) GetThreadMutedByAccount(
	ctx context.Context,
	threadID string,
	accountID string,
) (*gtsmodel.ThreadMute, error) {
	return t.state.Caches.DB.ThreadMute.LoadOne("ThreadID,AccountID", func() (*gtsmodel.ThreadMute, error) {
		var threadMute gtsmodel.ThreadMute

		q := t.db.
			NewSelect().
			Model(&threadMute).
			Where("? = ?", bun.Ident("thread_mute.thread_id"), threadID).
			Where("? = ?", bun.Ident("thread_mute.account_id"), accountID)

		if err := q.Scan(ctx); err != nil {
			return nil, err
		}

		return &threadMute, nil
	}, threadID, accountID)
}

// PutThreadMute is internal/db/bundb/thread.go:100.
func (t *threadDB) PutThreadMute(ctx context.Context, threadMute *gtsmodel.ThreadMute) error {
	return t.state.Caches.DB.ThreadMute.Store(threadMute, func() error {
		_, err := t.db.NewInsert().Model(threadMute).Exec(ctx)
		return err
	})
}
