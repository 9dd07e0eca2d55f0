package dbrange

import (
	"context"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/dashboard/convert"
	"example.com/heldout/traggo/dashboard/util"
	"example.com/heldout/traggo/pkg/gqlmodel"
)

// UpdateDashboardRange reproduces dashboard/dbrange/update.go:13 (lookups :16 and
// :21 -> util/dashboard.go:24 and :13, save :33).
func (r *ResolverForRange) UpdateDashboardRange(ctx context.Context, rangeID int, rangeArg gqlmodel.InputNamedDateRange) (*gqlmodel.NamedDateRange, error) {
	userID := auth.GetUser(ctx).ID

	dashboardRange, err := util.FindDashboardRange(r.DB, rangeID) // safe: the lookup by primary key guards an update (not found is an error); Save writes the range back under its id
	if err != nil {
		return nil, err
	}

	if _, err := util.FindDashboard(r.DB, userID, dashboardRange.DashboardID); err != nil {
		return nil, err
	}

	rangeToUpdate, err := convert.ToInternalDashboardRange(rangeArg)
	if err != nil {
		return nil, err
	}

	rangeToUpdate.DashboardID = dashboardRange.DashboardID
	rangeToUpdate.ID = dashboardRange.ID

	save := r.DB.Save(rangeToUpdate)
	return convert.ToExternalDashboardRange(rangeToUpdate), save.Error
}
