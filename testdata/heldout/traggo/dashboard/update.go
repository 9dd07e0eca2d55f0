package dashboard

import (
	"context"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/dashboard/convert"
	"example.com/heldout/traggo/dashboard/util"
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/gqlmodel"
)

// UpdateDashboard reproduces dashboard/update.go:16 (lookup :19 -> util/dashboard.go:13,
// save :26).
func (r *ResolverForDashboard) UpdateDashboard(ctx context.Context, id int, name string) (*gqlmodel.Dashboard, error) {
	userID := auth.GetUser(ctx).ID

	dashboard, err := util.FindDashboard(r.DB, userID, id) // safe: the lookup by primary key (and owner) guards an update (not found is an error); Save writes the dashboard back under its id
	if err != nil {
		return nil, err
	}

	dashboard.Name = name

	save := r.DB.Save(dashboard)

	if save.Error != nil {
		return nil, save.Error
	}

	var entries []model.DashboardEntry
	if err := r.DB.Where(&model.DashboardEntry{DashboardID: dashboard.ID}).Find(&entries).Error; err != nil {
		return nil, err
	}
	dashboard.Entries = entries

	var ranges []model.DashboardRange
	if err := r.DB.Where(&model.DashboardRange{DashboardID: dashboard.ID}).Find(&ranges).Error; err != nil {
		return nil, err
	}
	dashboard.Ranges = ranges

	return convert.ToExternalDashboard(dashboard)
}
