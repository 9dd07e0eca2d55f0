package dbrange

import (
	"context"

	"example.com/heldout/traggo/auth"
	"example.com/heldout/traggo/dashboard/convert"
	"example.com/heldout/traggo/dashboard/util"
	"example.com/heldout/traggo/pkg/gqlmodel"
)

// AddDashboardRange reproduces dashboard/dbrange/add.go:13 (lookup :15 ->
// util/dashboard.go:13, insert :26).
func (r *ResolverForRange) AddDashboardRange(ctx context.Context, dashboardID int, rangeArg gqlmodel.InputNamedDateRange) (*gqlmodel.NamedDateRange, error) {
	userID := auth.GetUser(ctx).ID
	if _, err := util.FindDashboard(r.DB, userID, dashboardID); err != nil { // safe: ownership check of the parent dashboard (not found is an error); the insert is of another model (DashboardRange, fresh auto-increment id; several ranges per dashboard are intended)
		return nil, err
	}

	rangeToAdd, err := convert.ToInternalDashboardRange(rangeArg)
	if err != nil {
		return nil, err
	}

	rangeToAdd.DashboardID = dashboardID

	save := r.DB.Create(&rangeToAdd)
	return convert.ToExternalDashboardRange(rangeToAdd), save.Error
}
