package metrics

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"example.com/heldout/uptrace/pkg/httperror"
	"example.com/heldout/uptrace/pkg/httputil"
	"example.com/heldout/uptrace/third_party/bunrouter"
	"example.com/heldout/uptrace/third_party/otelzap"
	"github.com/uptrace/bun"
)

// GridItemHandlerParams reproduces pkg/metrics/grid_item_handler.go:22.
type GridItemHandlerParams struct {
	Logger *otelzap.Logger
	PG     *bun.DB
}

// GridItemHandler reproduces pkg/metrics/grid_item_handler.go:29.
type GridItemHandler struct {
	*GridItemHandlerParams
}

// NewGridItemHandler reproduces pkg/metrics/grid_item_handler.go:33.
func NewGridItemHandler(p GridItemHandlerParams) *GridItemHandler {
	return &GridItemHandler{&p}
}

// registerGridItemHandler reproduces pkg/metrics/grid_item_handler.go:37
// (RouterInternalV1 is /internal/v1).
func registerGridItemHandler(h *GridItemHandler, g *bunrouter.Group, m *Middleware) {
	g.
		Use(m.Dashboard).
		WithGroup("/metrics/:project_id/dashboards/:dash_id/grid", func(g *bunrouter.Group) {
			g.POST("", h.Create)
		})
}

// GridItemIn reproduces pkg/metrics/grid_item_handler.go:102.
type GridItemIn struct {
	DashKind DashKind `json:"dashKind"`

	Title       string `json:"title"`
	Description string `json:"description"`

	Width  int `json:"width"`
	Height int `json:"height"`

	Type   GridItemType    `json:"type"`
	Params json.RawMessage `json:"params"`
}

// Populate reproduces pkg/metrics/grid_item_handler.go:115 (reduced).
func (in *GridItemIn) Populate(baseItem *BaseGridItem) error {
	baseItem.DashKind = in.DashKind
	baseItem.Title = in.Title
	baseItem.Description = in.Description
	baseItem.Width = in.Width
	baseItem.Height = in.Height
	baseItem.UpdatedAt = time.Now()
	baseItem.Type = in.Type
	baseItem.Params = in.Params
	return nil
}

// Create reproduces pkg/metrics/grid_item_handler.go:152
// (POST /internal/v1/metrics/:project_id/dashboards/:dash_id/grid).
func (h *GridItemHandler) Create(w http.ResponseWriter, req bunrouter.Request) error {
	ctx := req.Context()
	dash := dashFromContext(ctx)

	grid, err := SelectBaseGridItems(ctx, h.PG, dash.ID) // safe: a count limit, not a key lookup: the grid item inserted below is keyed on a fresh identity id
	if err != nil {
		return err
	}
	if len(grid) >= 20 {
		return fmt.Errorf("dashboard grid can't have more than 20 columns")
	}

	in := new(GridItemIn)
	if err := httputil.UnmarshalJSON(w, req, in, 100<<10); err != nil {
		return err
	}

	gridItem := new(BaseGridItem)
	if err := in.Populate(gridItem); err != nil {
		return httperror.Wrap(err)
	}

	gridItem.DashID = dash.ID
	if gridItem.DashKind == DashKindGrid {
		gridRow, err := SelectOrCreateGridRow(ctx, h.PG, dash.ID)
		if err != nil {
			return err
		}
		gridItem.RowID = gridRow.ID
	}

	if err := gridItem.Validate(); err != nil {
		return httperror.Wrap(err)
	}

	if err := h.PG.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := h.PG.NewUpdate().
			Model((*BaseGridItem)(nil)).
			Set("y_axis = ?", gridItem.Height).
			Where("dash_id = ?", gridItem.DashID).
			Where("dash_kind = ?", gridItem.DashKind).
			Where("row_id = ?", gridItem.RowID).
			Where("x_axis >= 0").
			Where("x_axis < ?", gridItem.Width).
			Where("y_axis >= 0").
			Where("y_axis < ?", gridItem.Height).
			Exec(ctx); err != nil {
			return err
		}

		if _, err := h.PG.NewInsert().
			Model(gridItem).
			Exec(ctx); err != nil {
			return err
		}

		return nil
	}); err != nil {
		return err
	}

	return httputil.JSON(w, bunrouter.H{
		"gridItem": gridItem,
	})
}
