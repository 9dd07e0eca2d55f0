package dashboard

import (
	"context"
	api "example.com/heldout/vela/api/types"
)

// DashboardInterface reproduces database/dashboard/interface.go (trimmed to the methods the
// reproduced paths call).
type DashboardInterface interface {
	CreateDashboardTable(context.Context, string) error
	CreateDashboard(context.Context, *api.Dashboard) (*api.Dashboard, error)
}
