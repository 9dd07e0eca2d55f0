package metrics

import (
	"context"
	"net/http"

	"example.com/heldout/uptrace/pkg/bunapp"
	"example.com/heldout/uptrace/pkg/org"
	"example.com/heldout/uptrace/third_party/bunrouter"
	"example.com/heldout/uptrace/third_party/otelzap"
	"example.com/heldout/uptrace/third_party/taskq"
	"github.com/uptrace/bun"
)

// Middleware reproduces pkg/metrics/init.go (Middleware embedding org.Middleware).
type Middleware struct {
	PG *bun.DB
}

type dashCtxKey struct{}

// Dashboard reproduces pkg/metrics/init.go:104.
func (m Middleware) Dashboard(next bunrouter.HandlerFunc) bunrouter.HandlerFunc {
	return func(w http.ResponseWriter, req bunrouter.Request) error {
		ctx := req.Context()

		dashID, err := req.Params().Uint64("dash_id")
		if err != nil {
			return err
		}

		dash, err := SelectDashboard(ctx, m.PG, dashID)
		if err != nil {
			return err
		}

		project := org.ProjectFromContext(ctx)
		if dash.ProjectID != project.ID {
			return org.ErrAccessDenied
		}

		ctx = context.WithValue(ctx, dashCtxKey{}, dash)
		return next(w, req.WithContext(ctx))
	}
}

// dashFromContext reproduces pkg/metrics/init.go:128.
func dashFromContext(ctx context.Context) *Dashboard {
	return ctx.Value(dashCtxKey{}).(*Dashboard)
}

// createDashboardsTask reproduces pkg/metrics/init.go:134.
var createDashboardsTask *taskq.Task

// initTasks reproduces pkg/metrics/init.go:136.
func initTasks(logger *otelzap.Logger, pg *bun.DB) {
	dashSyncer := NewDashSyncer(logger, pg)
	createDashboardsTask = bunapp.RegisterTaskHandler("create-dashboards", dashSyncer.CreateDashboardsHandler)
}

// Init wires the handlers (upstream: fx.Invoke in pkg/metrics/init.go).
func Init(logger *otelzap.Logger, pg *bun.DB, g *bunrouter.Group) {
	initTasks(logger, pg)
	m := &Middleware{PG: pg}
	registerGridItemHandler(NewGridItemHandler(GridItemHandlerParams{Logger: logger, PG: pg}), g, m)
	registerGridRowHandler(NewGridRowHandler(GridRowHandlerParams{Logger: logger, PG: pg}), g, m)
}
