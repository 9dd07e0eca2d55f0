package api

import (
	"context"

	"example.com/heldout/grafana/pkg/services/org"
)

// CreateOrg — POST /api/orgs -> orgService.CreateWithMember.
func (hs *HTTPServer) CreateOrg(ctx context.Context, userID int64, cmd org.CreateOrgCommand) (*org.Org, error) {
	cmd.UserID = userID
	return hs.orgService.CreateWithMember(ctx, &cmd)
}

// UpdateOrg — PUT /api/orgs/:orgId -> orgService.UpdateOrg.
func (hs *HTTPServer) UpdateOrg(ctx context.Context, orgID int64, name string) error {
	return hs.orgService.UpdateOrg(ctx, &org.UpdateOrgCommand{Name: name, OrgId: orgID})
}
