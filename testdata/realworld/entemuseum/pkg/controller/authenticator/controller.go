// Package authenticaor (sic, as upstream) is a reduced copy of museum
// pkg/controller/authenticator.
package authenticaor

import (
	"errors"
	"net/http"

	"example.com/realworld/entemuseum/ente"
	model "example.com/realworld/entemuseum/ente/authenticator"
	"example.com/realworld/entemuseum/pkg/repo/authenticator"
	"example.com/realworld/entemuseum/pkg/utils/auth"
	"example.com/realworld/entemuseum/third_party/gin"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// Controller is interface for exposing business logic related to authenticator app
// server/pkg/controller/authenticator/controller.go:17
type Controller struct {
	Repo *authenticator.Repository
}

// CreateEntity is server/pkg/controller/authenticator/controller.go:38
// (called by the handler in server/pkg/api/authenticator.go): validateKey
// (:39), then Repo.Create (:43) with a fresh uuid.
func (c *Controller) CreateEntity(ctx *gin.Context, req model.CreateEntityRequest) (*model.Entity, error) {
	if err := c.validateKey(ctx); err != nil {
		return nil, stacktrace.Propagate(err, "failed to validateKey")
	}
	userID := auth.GetUserID(ctx.Request.Header)
	id, err := c.Repo.Create(ctx, userID, req)
	if err != nil {
		return nil, stacktrace.Propagate(err, "failed to createEntity")
	}
	entity, err := c.Repo.Get(ctx, userID, id)
	if err != nil {
		return nil, stacktrace.Propagate(err, "failed to createEntity")
	}
	return &entity, nil
}

// validateKey is server/pkg/controller/authenticator/controller.go:64 (GetKey :66).
func (c *Controller) validateKey(ctx *gin.Context) error {
	userID := auth.GetUserID(ctx.Request.Header)
	_, err := c.Repo.GetKey(ctx, userID) // safe: a missing authenticator key returns an error (no key is created here); CreateEntity then inserts an authenticator_entity row under a fresh uuid.New() id
	if err != nil && errors.Is(err, &ente.ErrNotFoundError) {
		return stacktrace.Propagate(&ente.ApiError{
			Code:           ente.AuthKeyNotCreated,
			Message:        "AuthKey is not created",
			HttpStatusCode: http.StatusBadRequest,
		}, "")
	}
	return err
}
