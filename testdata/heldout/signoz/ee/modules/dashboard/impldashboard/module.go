// Package impldashboard reproduces, trimmed,
// github.com/SigNoz/signoz/ee/modules/dashboard/impldashboard/module.go (the
// enterprise dashboard module, which adds public dashboards).
package impldashboard

import (
	"context"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/licensing"
	"example.com/heldout/signoz/pkg/modules/dashboard"
	"example.com/heldout/signoz/pkg/types/dashboardtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type module struct {
	pkgDashboardModule dashboard.Module
	store              dashboardtypes.Store
	licensing          licensing.Licensing
}

func NewModule(pkgDashboardModule dashboard.Module, store dashboardtypes.Store, licensing licensing.Licensing) dashboard.Module {
	return &module{pkgDashboardModule: pkgDashboardModule, store: store, licensing: licensing}
}

// CreatePublic reproduces module.go:49 (lookup :63, insert :71).
func (module *module) CreatePublic(ctx context.Context, orgID valuer.UUID, publicDashboard *dashboardtypes.PublicDashboard) error {
	_, err := module.licensing.GetActive(ctx, orgID)
	if err != nil {
		return errors.New(errors.TypeLicenseUnavailable, errors.CodeLicenseUnavailable, "a valid license is not available").WithAdditional("this feature requires a valid license").WithAdditional(err.Error())
	}

	_, err = module.GetV2(ctx, orgID, publicDashboard.DashboardID)
	if err != nil {
		return err
	}

	storablePublicDashboard, err := module.store.GetPublic(ctx, publicDashboard.DashboardID.StringValue()) // safe: the lookup rejects a duplicate (found -> AlreadyExists), it never returns the row; the unique public_dashboard.dashboard_id (052_add_public_dashboards.go:60-63) makes a concurrent loser's insert fail with the same ErrCodePublicDashboardAlreadyExists (store.CreatePublic), the outcome a serial second call gets
	if err != nil && !errors.Ast(err, errors.TypeNotFound) {
		return err
	}
	if storablePublicDashboard != nil {
		return errors.Newf(errors.TypeAlreadyExists, dashboardtypes.ErrCodePublicDashboardAlreadyExists, "dashboard with id %s is already public", storablePublicDashboard.DashboardID)
	}

	err = module.store.CreatePublic(ctx, dashboardtypes.NewStorablePublicDashboardFromPublicDashboard(publicDashboard))
	if err != nil {
		return err
	}

	return nil
}

func (module *module) CreateV2(ctx context.Context, orgID valuer.UUID, createdBy string, creator valuer.UUID, source dashboardtypes.Source, postable dashboardtypes.PostableDashboardV2) (*dashboardtypes.DashboardV2, error) {
	return module.pkgDashboardModule.CreateV2(ctx, orgID, createdBy, creator, source, postable)
}

func (module *module) GetV2(ctx context.Context, orgID valuer.UUID, id valuer.UUID) (*dashboardtypes.DashboardV2, error) {
	return module.pkgDashboardModule.GetV2(ctx, orgID, id)
}

func (module *module) PinV2(ctx context.Context, orgID valuer.UUID, userID valuer.UUID, id valuer.UUID) error {
	return module.pkgDashboardModule.PinV2(ctx, orgID, userID, id)
}
