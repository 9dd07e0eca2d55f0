package implpreference

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"example.com/heldout/signoz/pkg/http/render"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/types/preferencetypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type handler struct {
	module *module
}

func NewHandler(module *module) *handler {
	return &handler{module: module}
}

// UpdateByOrg reproduces handler.go:76 (PUT /api/v1/org/preferences/{name}, admin).
func (handler *handler) UpdateByOrg(rw http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	claims, err := authtypes.ClaimsFromContext(ctx)
	if err != nil {
		render.Error(rw, err)
		return
	}

	name, err := preferencetypes.NewName(r.PathValue("name"))
	if err != nil {
		render.Error(rw, err)
		return
	}

	req := new(preferencetypes.UpdatablePreference)
	err = json.NewDecoder(r.Body).Decode(req)
	if err != nil {
		render.Error(rw, err)
		return
	}

	err = handler.module.UpdateByOrg(ctx, valuer.MustNewUUID(claims.OrgID), name, req.Value)
	if err != nil {
		render.Error(rw, err)
		return
	}

	render.Success(rw, http.StatusNoContent, nil)
}

// UpdateByUser reproduces handler.go:164 (PUT /api/v1/user/preferences/{name}).
func (handler *handler) UpdateByUser(rw http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()

	claims, err := authtypes.ClaimsFromContext(ctx)
	if err != nil {
		render.Error(rw, err)
		return
	}

	name, err := preferencetypes.NewName(r.PathValue("name"))
	if err != nil {
		render.Error(rw, err)
		return
	}

	req := new(preferencetypes.UpdatablePreference)
	err = json.NewDecoder(r.Body).Decode(req)
	if err != nil {
		render.Error(rw, err)
		return
	}

	err = handler.module.UpdateByUser(ctx, valuer.MustNewUUID(claims.UserID), name, req.Value)
	if err != nil {
		render.Error(rw, err)
		return
	}

	render.Success(rw, http.StatusNoContent, nil)
}
