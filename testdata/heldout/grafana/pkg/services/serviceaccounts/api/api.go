// Package api: entry points of POST /api/serviceaccounts and
// POST /api/serviceaccounts/:serviceAccountId/tokens (upstream
// pkg/services/serviceaccounts/api, reduced to the calls into the manager;
// handler bodies not read).
package api

import (
	"context"

	"example.com/heldout/grafana/pkg/services/apikey"
	"example.com/heldout/grafana/pkg/services/serviceaccounts"
	"example.com/heldout/grafana/pkg/services/serviceaccounts/manager"
)

type ServiceAccountsAPI struct {
	service *manager.ServiceAccountsService
}

func (api *ServiceAccountsAPI) CreateServiceAccount(ctx context.Context, orgID int64, cmd serviceaccounts.CreateServiceAccountForm) (*serviceaccounts.ServiceAccountDTO, error) {
	return api.service.CreateServiceAccount(ctx, orgID, &cmd)
}

func (api *ServiceAccountsAPI) CreateToken(ctx context.Context, orgID, saID int64, cmd serviceaccounts.AddServiceAccountTokenCommand) (*apikey.APIKey, error) {
	cmd.OrgId = orgID
	return api.service.AddServiceAccountToken(ctx, saID, &cmd)
}
