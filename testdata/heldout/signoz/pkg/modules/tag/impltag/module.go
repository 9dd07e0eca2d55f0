package impltag

import (
	"context"

	"example.com/heldout/signoz/pkg/types/coretypes"
	"example.com/heldout/signoz/pkg/types/tagtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type module struct {
	store tagtypes.Store
}

func NewModule(store tagtypes.Store) *module {
	return &module{store: store}
}

// SyncTags reproduces module.go:20.
func (m *module) SyncTags(ctx context.Context, orgID valuer.UUID, kind coretypes.Kind, resourceID valuer.UUID, postable []tagtypes.PostableTag) ([]*tagtypes.Tag, error) {
	var tags []*tagtypes.Tag
	err := m.store.RunInTx(ctx, func(ctx context.Context) error {
		resolved, err := m.createMany(ctx, orgID, kind, postable)
		if err != nil {
			return err
		}
		tagIDs := make([]valuer.UUID, len(resolved))
		for i, t := range resolved {
			tagIDs[i] = t.ID
		}
		if err := m.store.CreateRelations(ctx, tagtypes.NewTagRelations(kind, resourceID, tagIDs)); err != nil {
			return err
		}
		tags = resolved
		return nil
	})
	if err != nil {
		return nil, err
	}
	return tags, nil
}

// createMany reproduces module.go:43.
func (m *module) createMany(ctx context.Context, orgID valuer.UUID, kind coretypes.Kind, postable []tagtypes.PostableTag) ([]*tagtypes.Tag, error) {
	if len(postable) == 0 {
		return []*tagtypes.Tag{}, nil
	}

	ordered, toCreate, err := m.resolve(ctx, orgID, kind, postable)
	if err != nil {
		return nil, err
	}

	// CreateOrGet fills new rows' IDs in place; ordered shares those pointers.
	if _, err := m.store.CreateOrGet(ctx, toCreate); err != nil {
		return nil, err
	}

	return ordered, nil
}
