package api

import (
	"context"

	"example.com/heldout/grafana/pkg/services/quota"
)

// UpdateOrgQuota — PUT /api/orgs/:orgId/quotas/:target -> QuotaService.Update.
func (hs *HTTPServer) UpdateOrgQuota(ctx context.Context, orgID int64, target string, limit int64) error {
	cmd := quota.UpdateQuotaCmd{OrgID: orgID, Target: target, Limit: limit}
	return hs.QuotaService.Update(ctx, &cmd)
}

// UpdateUserQuota — PUT /api/admin/users/:id/quotas/:target -> QuotaService.Update.
func (hs *HTTPServer) UpdateUserQuota(ctx context.Context, userID int64, target string, limit int64) error {
	cmd := quota.UpdateQuotaCmd{UserID: userID, Target: target, Limit: limit}
	return hs.QuotaService.Update(ctx, &cmd)
}
