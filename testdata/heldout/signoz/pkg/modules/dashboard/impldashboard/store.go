// Package impldashboard reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/modules/dashboard/impldashboard (store.go,
// v2_module.go).
package impldashboard

import (
	"context"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/sqlstore"
	"example.com/heldout/signoz/pkg/types/dashboardtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type store struct {
	sqlstore sqlstore.SQLStore
}

func NewStore(sqlstore sqlstore.SQLStore) dashboardtypes.Store {
	return &store{sqlstore: sqlstore}
}

// Create reproduces store.go:22.
func (store *store) Create(ctx context.Context, storabledashboard *dashboardtypes.StorableDashboard) error {
	_, err := store.
		sqlstore.
		BunDBCtx(ctx).
		NewInsert().
		Model(storabledashboard).
		Exec(ctx)
	if err != nil {
		return store.sqlstore.WrapAlreadyExistsErrf(err, errors.CodeAlreadyExists, "dashboard with id %s already exists", storabledashboard.ID)
	}

	return nil
}

// CreatePublic reproduces store.go:36: a unique violation on
// public_dashboard.dashboard_id becomes the same ErrCodePublicDashboardAlreadyExists
// the module returns when its lookup finds the row.
func (store *store) CreatePublic(ctx context.Context, storable *dashboardtypes.StorablePublicDashboard) error {
	_, err := store.
		sqlstore.
		BunDBCtx(ctx).
		NewInsert().
		Model(storable).
		Exec(ctx)
	if err != nil {
		return store.sqlstore.WrapAlreadyExistsErrf(err, dashboardtypes.ErrCodePublicDashboardAlreadyExists, "dashboard with id %s is already public", storable.DashboardID)
	}

	return nil
}

// Get reproduces store.go:50.
func (store *store) Get(ctx context.Context, orgID valuer.UUID, id valuer.UUID) (*dashboardtypes.StorableDashboard, error) {
	storableDashboard := new(dashboardtypes.StorableDashboard)
	err := store.
		sqlstore.
		BunDB().
		NewSelect().
		Model(storableDashboard).
		Where("id = ?", id).
		Where("org_id = ?", orgID).
		Scan(ctx)
	if err != nil {
		return nil, store.sqlstore.WrapNotFoundErrf(err, errors.CodeNotFound, "dashboard with id %s doesn't exist", id)
	}

	return storableDashboard, nil
}

// GetPublic reproduces store.go:251.
func (store *store) GetPublic(ctx context.Context, dashboardID string) (*dashboardtypes.StorablePublicDashboard, error) {
	storable := new(dashboardtypes.StorablePublicDashboard)
	err := store.
		sqlstore.
		BunDB().
		NewSelect().
		Model(storable).
		Where("dashboard_id = ?", dashboardID).
		Scan(ctx)
	if err != nil {
		return nil, store.sqlstore.WrapNotFoundErrf(err, dashboardtypes.ErrCodePublicDashboardNotFound, "dashboard with id %s isn't public", dashboardID)
	}

	return storable, nil
}

func (store *store) RunInTx(ctx context.Context, cb func(ctx context.Context) error) error {
	return store.sqlstore.RunInTxCtx(ctx, nil, func(ctx context.Context) error {
		return cb(ctx)
	})
}

// PinForUser reproduces store.go:436.
// PinForUser combines the count check, the existence check, and the upsert in
// a single statement so the limit gate and the insert can't drift between two
// round-trips. The count and existence checks gate on is_pinned = true so they
// stay correct once the row carries preferences other than the pin.
//
//	pin exists? | pinned count < 10? | WHERE passes?           | effect                              | rows
//	------------|--------------------|-------------------------|-------------------------------------|-----
//	no          | yes                | yes (count branch)      | INSERT new pinned row               | 1
//	no          | no                 | no                      | nothing (limit hit)                 | 0
//	yes         | yes                | yes (count branch)      | INSERT → conflict → UPDATE is_pinned| 1
//	yes         | no                 | yes (EXISTS OR branch)  | INSERT → conflict → UPDATE is_pinned| 1
//
// rows = 0 is the only signal of a real limit hit.
func (store *store) PinForUser(ctx context.Context, preference *dashboardtypes.UserDashboardPreference) error {
	res, err := store.sqlstore.BunDBCtx(ctx).NewRaw( // safe: one statement, INSERT ... SELECT ... ON CONFLICT (user_id, dashboard_id) DO UPDATE on the unique index of 093_recreate_user_dashboard_preference.go:68; concurrent pins of different dashboards may overshoot the count limit, never duplicate a row
		`
		INSERT INTO user_dashboard_preference (id, user_id, dashboard_id, is_pinned, created_at, updated_at)
		SELECT ?, ?, ?, true, ?, ?
		WHERE (SELECT COUNT(*) FROM user_dashboard_preference WHERE user_id = ? AND is_pinned = true) < ?
		   OR EXISTS (SELECT 1 FROM user_dashboard_preference WHERE user_id = ? AND dashboard_id = ? AND is_pinned = true)
		ON CONFLICT (user_id, dashboard_id) DO UPDATE SET is_pinned = true, updated_at = ?
	`,
		preference.ID, preference.UserID, preference.DashboardID, preference.CreatedAt, preference.UpdatedAt,
		preference.UserID, dashboardtypes.MaxPinnedDashboardsPerUser,
		preference.UserID, preference.DashboardID,
		preference.UpdatedAt,
	).Exec(ctx)
	if err != nil {
		return errors.WrapInternalf(err, errors.CodeInternal, "couldn't pin dashboard for user")
	}
	rows, err := res.RowsAffected()
	if err != nil {
		return errors.WrapInternalf(err, errors.CodeInternal, "couldn't read pin result")
	}
	if rows == 0 {
		return errors.Newf(errors.TypeAlreadyExists, dashboardtypes.ErrCodePinnedDashboardLimitHit,
			"cannot pin more than %d dashboards", dashboardtypes.MaxPinnedDashboardsPerUser)
	}
	return nil
}
