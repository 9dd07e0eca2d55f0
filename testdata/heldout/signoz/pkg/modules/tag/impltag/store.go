// Package impltag reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/modules/tag/impltag (store.go, module.go,
// resolve.go): dashboard tags.
package impltag

import (
	"context"

	"example.com/heldout/signoz/pkg/sqlstore"
	"example.com/heldout/signoz/pkg/types/coretypes"
	"example.com/heldout/signoz/pkg/types/tagtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type store struct {
	sqlstore sqlstore.SQLStore
}

func NewStore(sqlstore sqlstore.SQLStore) tagtypes.Store {
	return &store{sqlstore: sqlstore}
}

// List reproduces store.go:21.
func (s *store) List(ctx context.Context, orgID valuer.UUID, kind coretypes.Kind) ([]*tagtypes.Tag, error) {
	tags := make([]*tagtypes.Tag, 0)
	err := s.sqlstore.
		BunDBCtx(ctx).
		NewSelect().
		Model(&tags).
		Where("org_id = ?", orgID).
		Where("kind = ?", kind).
		OrderExpr("lower(key) ASC, lower(value) ASC").
		Scan(ctx)
	if err != nil {
		return nil, err
	}
	return tags, nil
}

// CreateOrGet reproduces store.go:89.
func (s *store) CreateOrGet(ctx context.Context, tags []*tagtypes.Tag) ([]*tagtypes.Tag, error) {
	if len(tags) == 0 {
		return tags, nil
	}
	// DO UPDATE on a self-set is a deliberate no-op write whose only purpose
	// is to make RETURNING fire on conflicting rows. Without it, RETURNING is
	// silent on the conflict path and we'd have to refetch by (key, value) to
	// learn the existing rows' IDs after a concurrent-insert race. Setting
	// key = tag.key (the existing row's value) preserves the first writer's
	// casing on case-only collisions.
	err := s.sqlstore.
		BunDBCtx(ctx).
		NewInsert().
		Model(&tags).
		On("CONFLICT (org_id, kind, (LOWER(key)), (LOWER(value))) DO UPDATE").
		Set("key = tag.key").
		Returning("*").
		Scan(ctx)
	if err != nil {
		return nil, err
	}
	return tags, nil
}

// CreateRelations reproduces store.go:113.
func (s *store) CreateRelations(ctx context.Context, relations []*tagtypes.TagRelation) error {
	if len(relations) == 0 {
		return nil
	}
	// On re-link (same tag, same resource) overwrite rank with the incoming
	// position, so a reordered tag set persists its new order.
	_, err := s.sqlstore.
		BunDBCtx(ctx).
		NewInsert().
		Model(&relations).
		On("CONFLICT (kind, resource_id, tag_id) DO UPDATE").
		Set("rank = EXCLUDED.rank").
		Exec(ctx)
	return err
}

func (s *store) RunInTx(ctx context.Context, cb func(ctx context.Context) error) error {
	return s.sqlstore.RunInTxCtx(ctx, nil, func(ctx context.Context) error {
		return cb(ctx)
	})
}
