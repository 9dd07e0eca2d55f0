package integrations

import (
	"context"

	"example.com/heldout/signoz/pkg/valuer"
)

type Controller struct {
	mgr *Manager
}

func NewController(mgr *Manager) *Controller {
	return &Controller{mgr: mgr}
}

type InstallIntegrationRequest struct {
	IntegrationId string         `json:"integration_id"`
	Config        map[string]any `json:"config"`
}

// Install reproduces controller.go:77 (called by APIHandler.InstallIntegration,
// POST /api/v1/integrations/install, http_handler.go:3002).
func (c *Controller) Install(ctx context.Context, orgId string, req *InstallIntegrationRequest, createdBy string, creator valuer.UUID) error {
	return c.mgr.InstallIntegration(
		ctx, orgId, req.IntegrationId, req.Config, createdBy, creator,
	)
}
