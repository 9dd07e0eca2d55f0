// Package signozauthzapi reproduces, trimmed,
// github.com/SigNoz/signoz/pkg/authz/signozauthzapi/handler.go.
package signozauthzapi

import (
	"encoding/json"
	"net/http"
	"time"

	"example.com/heldout/signoz/pkg/authz"
	"example.com/heldout/signoz/pkg/http/render"
	"example.com/heldout/signoz/pkg/types"
	"example.com/heldout/signoz/pkg/types/authtypes"
	"example.com/heldout/signoz/pkg/valuer"
)

type handler struct {
	authz authz.AuthZ
}

func NewHandler(authz authz.AuthZ) *handler {
	return &handler{authz: authz}
}

type postableRole struct {
	Name        string `json:"name"`
	Description string `json:"description"`
}

// Create reproduces handler.go:25 (POST /api/v1/roles): a custom role with a
// fresh id.
func (handler *handler) Create(rw http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	claims, err := authtypes.ClaimsFromContext(ctx)
	if err != nil {
		render.Error(rw, err)
		return
	}

	req := new(postableRole)
	if err := json.NewDecoder(r.Body).Decode(req); err != nil {
		render.Error(rw, err)
		return
	}

	role := &authtypes.Role{
		Identifiable:  types.Identifiable{ID: valuer.GenerateUUID()},
		TimeAuditable: types.TimeAuditable{CreatedAt: time.Now(), UpdatedAt: time.Now()},
		Name:          req.Name,
		Description:   req.Description,
		Type:          valuer.NewString("custom"),
		OrgID:         valuer.MustNewUUID(claims.OrgID),
	}
	err = handler.authz.Create(ctx, valuer.MustNewUUID(claims.OrgID), role)
	if err != nil {
		render.Error(rw, err)
		return
	}

	render.Success(rw, http.StatusCreated, types.Identifiable{ID: role.ID})
}
