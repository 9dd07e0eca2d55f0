// Package dashboard reproduces github.com/traggo/server/dashboard
// (dashboardresolver.go, update.go).
package dashboard

import (
	"example.com/heldout/traggo/dashboard/dbrange"
	"example.com/heldout/traggo/dashboard/entry"
	"gorm.io/gorm"
)

// ResolverForDashboard reproduces dashboard/dashboardresolver.go:10.
type ResolverForDashboard struct {
	DB *gorm.DB
	entry.ResolverForEntry
	dbrange.ResolverForRange
}

// NewResolverForDashboard reproduces dashboard/dashboardresolver.go:17.
func NewResolverForDashboard(db *gorm.DB) ResolverForDashboard {
	return ResolverForDashboard{
		DB: db,
		ResolverForEntry: entry.ResolverForEntry{
			DB: db,
		},
		ResolverForRange: dbrange.ResolverForRange{
			DB: db,
		},
	}
}
