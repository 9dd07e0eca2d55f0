package api

import (
	"context"

	"example.com/heldout/grafana/pkg/services/org"
)

// AddOrgUserToCurrentOrg — POST /api/org/users -> addOrgUserHelper ->
// orgService.AddOrgUser.
func (hs *HTTPServer) AddOrgUserToCurrentOrg(ctx context.Context, orgID, userID int64, role org.RoleType) error {
	cmd := org.AddOrgUserCommand{OrgID: orgID, Role: role}
	return hs.addOrgUserHelper(ctx, cmd, userID)
}

func (hs *HTTPServer) addOrgUserHelper(ctx context.Context, cmd org.AddOrgUserCommand, userID int64) error {
	cmd.UserID = userID
	return hs.orgService.AddOrgUser(ctx, &cmd)
}
