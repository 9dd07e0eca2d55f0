// Package implquickfilter reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/modules/quickfilter/implquickfilter (store.go,
// module.go).
package implquickfilter

import (
	"context"
	"database/sql"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/sqlstore"
	"example.com/heldout/signoz/pkg/types/quickfiltertypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type store struct {
	store sqlstore.SQLStore
}

func NewStore(db sqlstore.SQLStore) quickfiltertypes.QuickFilterStore {
	return &store{store: db}
}

// GetBySignal reproduces store.go:39: no row is an error (TypeNotFound).
func (s *store) GetBySignal(ctx context.Context, orgID valuer.UUID, signal string) (*quickfiltertypes.StorableQuickFilter, error) {
	filter := new(quickfiltertypes.StorableQuickFilter)

	err := s.store.
		BunDB().
		NewSelect().
		Model(filter).
		Where("org_id = ?", orgID).
		Where("signal = ?", signal).
		Scan(ctx)

	if err != nil {
		if err == sql.ErrNoRows {
			return nil, s.store.WrapNotFoundErrf(err, errors.CodeNotFound, "No rows found for org_id: "+orgID.StringValue()+" signal: "+signal)
		}
		return nil, err
	}

	return filter, nil
}

// Upsert reproduces store.go:60.
func (s *store) Upsert(ctx context.Context, filter *quickfiltertypes.StorableQuickFilter) error {
	_, err := s.store.
		BunDB().
		NewInsert().
		Model(filter).
		On("CONFLICT (id) DO UPDATE").
		Set("filter = EXCLUDED.filter").
		Set("updated_at = EXCLUDED.updated_at").
		Exec(ctx)

	if err != nil {
		return err
	}
	return nil
}

// Create reproduces store.go:76.
func (s *store) Create(ctx context.Context, filters []*quickfiltertypes.StorableQuickFilter) error {
	_, err := s.store.
		BunDBCtx(ctx).
		NewInsert().
		Model(&filters).
		On("CONFLICT (org_id, signal) DO NOTHING").
		Exec(ctx)

	if err != nil {
		return s.store.WrapAlreadyExistsErrf(err, errors.CodeAlreadyExists, "Quick Filter can not be created")
	}
	return nil
}
