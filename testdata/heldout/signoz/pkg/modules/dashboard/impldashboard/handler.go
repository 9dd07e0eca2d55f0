package impldashboard

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"example.com/heldout/signoz/pkg/http/render"
	"example.com/heldout/signoz/pkg/modules/dashboard"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/types/dashboardtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type handler struct {
	module dashboard.Module
}

func NewHandler(module dashboard.Module) *handler {
	return &handler{module: module}
}

type postablePublicDashboard struct {
	TimeRangeEnabled bool   `json:"timeRangeEnabled"`
	DefaultTimeRange string `json:"defaultTimeRange"`
}

// CreatePublic reproduces handler.go:48 (POST /api/v1/dashboards/{id}/public).
func (handler *handler) CreatePublic(rw http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	claims, err := authtypes.ClaimsFromContext(ctx)
	if err != nil {
		render.Error(rw, err)
		return
	}

	id, err := valuer.NewUUID(r.PathValue("id"))
	if err != nil {
		render.Error(rw, err)
		return
	}

	req := new(postablePublicDashboard)
	if err := json.NewDecoder(r.Body).Decode(req); err != nil {
		render.Error(rw, err)
		return
	}

	publicDashboard := dashboardtypes.NewPublicDashboard(req.TimeRangeEnabled, req.DefaultTimeRange, id)
	err = handler.module.CreatePublic(ctx, valuer.MustNewUUID(claims.OrgID), publicDashboard)
	if err != nil {
		render.Error(rw, err)
		return
	}

	render.Success(rw, http.StatusCreated, types.Identifiable{ID: publicDashboard.ID})
}

// PinV2 reproduces v2_handler.go:374 (/api/v2/users/me/dashboards/{id}/pins).
func (handler *handler) PinV2(rw http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	claims, err := authtypes.ClaimsFromContext(ctx)
	if err != nil {
		render.Error(rw, err)
		return
	}

	dashboardID, err := valuer.NewUUID(r.PathValue("id"))
	if err != nil {
		render.Error(rw, err)
		return
	}

	err = handler.module.PinV2(ctx, valuer.MustNewUUID(claims.OrgID), valuer.MustNewUUID(claims.UserID), dashboardID)
	if err != nil {
		render.Error(rw, err)
		return
	}

	render.Success(rw, http.StatusNoContent, nil)
}
