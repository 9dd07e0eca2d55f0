package impldashboard

import (
	"context"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/modules/dashboard"
	"example.com/heldout/signoz/pkg/modules/tag"
	"example.com/heldout/signoz/pkg/types/coretypes"
	"example.com/heldout/signoz/pkg/types/dashboardtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

// module reproduces module.go of impldashboard (analytics, query parser trimmed).
type module struct {
	store     dashboardtypes.Store
	tagModule tag.Module
}

func NewModule(store dashboardtypes.Store, tagModule tag.Module) dashboard.Module {
	return &module{store: store, tagModule: tagModule}
}

// CreateV2 reproduces v2_module.go:14: the dashboard gets a fresh id; its
// tags are resolved through the tag module in the same transaction.
func (m *module) CreateV2(ctx context.Context, orgID valuer.UUID, createdBy string, creator valuer.UUID, source dashboardtypes.Source, postable dashboardtypes.PostableDashboardV2) (*dashboardtypes.DashboardV2, error) {
	dashboard := postable.NewDashboardV2(orgID, createdBy, source)

	err := m.store.RunInTx(ctx, func(ctx context.Context) error {
		resolvedTags, err := m.tagModule.SyncTags(ctx, orgID, coretypes.KindDashboard, dashboard.ID, postable.Tags)
		if err != nil {
			return err
		}
		dashboard.Tags = resolvedTags

		storable, err := dashboard.ToStorableDashboard()
		if err != nil {
			return err
		}
		return m.store.Create(ctx, storable)
	})
	if err != nil {
		return nil, err
	}

	return dashboard, nil
}

// GetV2 reproduces v2_module.go:109 (conversion trimmed).
func (module *module) GetV2(ctx context.Context, orgID valuer.UUID, id valuer.UUID) (*dashboardtypes.DashboardV2, error) {
	storable, err := module.store.Get(ctx, orgID, id)
	if err != nil {
		return nil, err
	}

	return &dashboardtypes.DashboardV2{ID: storable.ID, OrgID: storable.OrgID, Name: storable.Name, Data: storable.Data, Source: storable.Source}, nil
}

// PinV2 reproduces v2_module.go:285.
func (module *module) PinV2(ctx context.Context, orgID valuer.UUID, userID valuer.UUID, id valuer.UUID) error {
	if _, err := module.GetV2(ctx, orgID, id); err != nil {
		return err
	}
	return module.store.PinForUser(ctx, dashboardtypes.NewUserDashboardPreference(userID, id))
}

// CreatePublic reproduces module.go:241: unsupported in the community edition.
func (module *module) CreatePublic(ctx context.Context, orgID valuer.UUID, publicDashboard *dashboardtypes.PublicDashboard) error {
	return errors.New(errors.TypeUnsupported, errors.CodeUnsupported, "not implemented")
}
