package metrics

import (
	"context"
	"net/http"

	"example.com/heldout/uptrace/pkg/httperror"
	"example.com/heldout/uptrace/pkg/httputil"
	"example.com/heldout/uptrace/pkg/org"
	"example.com/heldout/uptrace/third_party/bunrouter"
	"example.com/heldout/uptrace/third_party/otelzap"
	"github.com/uptrace/bun"
)

// GridRowHandlerParams reproduces pkg/metrics/grid_row_handler.go:19.
type GridRowHandlerParams struct {
	Logger *otelzap.Logger
	PG     *bun.DB
}

// GridRowHandler reproduces pkg/metrics/grid_row_handler.go:26.
type GridRowHandler struct {
	*GridRowHandlerParams
}

// NewGridRowHandler reproduces pkg/metrics/grid_row_handler.go:30.
func NewGridRowHandler(p GridRowHandlerParams) *GridRowHandler {
	return &GridRowHandler{&p}
}

// registerGridRowHandler reproduces pkg/metrics/grid_row_handler.go:34.
func registerGridRowHandler(h *GridRowHandler, g *bunrouter.Group, m *Middleware) {
	g.
		Use(m.Dashboard).
		WithGroup("/metrics/:project_id/dashboards/:dash_id/rows", func(g *bunrouter.Group) {
			g.POST("", h.Create)

			g = g.Use(h.GridRowMiddleware)

			g.PUT("/:row_id/up", h.MoveUp)
		})
}

// GridRowIn reproduces pkg/metrics/grid_row_handler.go:72.
type GridRowIn struct {
	Title       string `json:"title"`
	Description string `json:"description" bun:",nullzero"`
	Expanded    bool   `json:"expanded"`
}

// Populate reproduces pkg/metrics/grid_row_handler.go:78.
func (in *GridRowIn) Populate(row *GridRow) error {
	row.Title = in.Title
	row.Description = in.Description
	row.Expanded = in.Expanded
	return nil
}

// Create reproduces pkg/metrics/grid_row_handler.go:85: a plain insert, no lookup.
func (h *GridRowHandler) Create(w http.ResponseWriter, req bunrouter.Request) error {
	ctx := req.Context()
	dash := dashFromContext(ctx)

	in := new(GridRowIn)
	if err := httputil.UnmarshalJSON(w, req, in, 100<<10); err != nil {
		return err
	}

	row := new(GridRow)
	if err := in.Populate(row); err != nil {
		return err
	}
	row.DashID = dash.ID
	if err := row.Validate(); err != nil {
		return httperror.Wrap(err)
	}

	if _, err := h.PG.NewUpdate().
		Model((*GridRow)(nil)).
		Set("index = r.index + 1").
		Where("dash_id = ?", dash.ID).
		Exec(ctx); err != nil {
		return err
	}

	if err := InsertGridRow(ctx, h.PG, row); err != nil {
		return err
	}

	return httputil.JSON(w, bunrouter.H{
		"gridRow": in,
	})
}

// MoveUp reproduces pkg/metrics/grid_row_handler.go:150.
func (h *GridRowHandler) MoveUp(w http.ResponseWriter, req bunrouter.Request) error {
	ctx := req.Context()
	row := gridRowFromContext(ctx)

	if err := h.PG.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		rows, err := SelectGridRows(ctx, tx, row.DashID) // safe: the lookup only guards an update of the rows' index; nothing is inserted
		if err != nil {
			return err
		}

		var found *GridRow
		for _, el := range rows {
			if el.ID == row.ID {
				found = el
			}
		}

		if found == nil {
			return nil
		}
		row = found

		if row.Index >= len(rows) {
			return nil
		}
		if row.Index == 0 {
			return nil
		}

		rows[row.Index-1].Index = row.Index
		row.Index--

		if _, err := h.PG.NewUpdate().
			With("_data", h.PG.NewValues(&rows)).
			Model(&rows).
			TableExpr("_data").
			Set("index = _data.index").
			Where("r.id = _data.id").
			Exec(ctx); err != nil {
			return err
		}

		return nil
	}); err != nil {
		return err
	}

	return nil
}

// GridRowMiddleware reproduces pkg/metrics/grid_row_handler.go:267.
func (h *GridRowHandler) GridRowMiddleware(next bunrouter.HandlerFunc) bunrouter.HandlerFunc {
	return func(w http.ResponseWriter, req bunrouter.Request) error {
		ctx := req.Context()
		dash := dashFromContext(ctx)

		rowID, err := req.Params().Uint64("row_id")
		if err != nil {
			return err
		}

		row, err := SelectGridRow(ctx, h.PG, rowID)
		if err != nil {
			return err
		}

		if row.DashID != dash.ID {
			return org.ErrAccessDenied
		}

		ctx = context.WithValue(ctx, gridRowCtxKey{}, row)
		return next(w, req.WithContext(ctx))
	}
}

type gridRowCtxKey struct{}

// gridRowFromContext reproduces pkg/metrics/grid_row_handler.go:293.
func gridRowFromContext(ctx context.Context) *GridRow {
	return ctx.Value(gridRowCtxKey{}).(*GridRow)
}
