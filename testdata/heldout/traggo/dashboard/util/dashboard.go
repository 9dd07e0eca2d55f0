// Package util reproduces github.com/traggo/server/dashboard/util (dashboard.go).
// GORM v1 -> v2: find := x.Find(&row); find.RecordNotFound() is written
// find := x.Take(&row); errors.Is(find.Error, gorm.ErrRecordNotFound) (v2's Find
// never reports ErrRecordNotFound; v1's Find on a struct did, and Take is its v2
// form). The sites are marked at the callers, since these helpers serve several.
package util

import (
	"errors"

	"example.com/heldout/traggo/model"
	"gorm.io/gorm"
)

// FindDashboard reproduces dashboard/util/dashboard.go:11.
func FindDashboard(db *gorm.DB, userID, dashboardID int) (model.Dashboard, error) {
	dashboard := model.Dashboard{}
	find := db.Where(&model.Dashboard{UserID: userID, ID: dashboardID}).Take(&dashboard)
	if errors.Is(find.Error, gorm.ErrRecordNotFound) {
		return dashboard, errors.New("dashboard does not exist")
	}

	return dashboard, find.Error
}

// FindDashboardRange reproduces dashboard/util/dashboard.go:22.
func FindDashboardRange(db *gorm.DB, rangeID int) (model.DashboardRange, error) {
	dashboardRange := model.DashboardRange{}
	find := db.Where(&model.DashboardRange{ID: rangeID}).Take(&dashboardRange)
	if errors.Is(find.Error, gorm.ErrRecordNotFound) {
		return dashboardRange, errors.New("dashboard range does not exist")
	}

	return dashboardRange, find.Error
}

// FindDashboardEntry reproduces dashboard/util/dashboard.go:33.
func FindDashboardEntry(db *gorm.DB, entryID int) (model.DashboardEntry, error) {
	dashboardEntry := model.DashboardEntry{}
	find := db.Where(&model.DashboardEntry{ID: entryID}).Take(&dashboardEntry)
	if errors.Is(find.Error, gorm.ErrRecordNotFound) {
		return dashboardEntry, errors.New("entry does not exist")
	}

	return dashboardEntry, find.Error
}
