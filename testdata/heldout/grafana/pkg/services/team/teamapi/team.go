// Package teamapi: entry points of POST /api/teams and
// POST /api/teams/:teamId/members (upstream pkg/services/team/teamapi,
// reduced to the calls into the services; handler bodies not read).
package teamapi

import (
	"context"

	"example.com/heldout/grafana/pkg/services/accesscontrol/ossaccesscontrol"
	"example.com/heldout/grafana/pkg/services/accesscontrol/resourcepermissions"
	"example.com/heldout/grafana/pkg/services/team"
	"example.com/heldout/grafana/pkg/services/team/teamimpl"
)

type TeamAPI struct {
	teamService            *teamimpl.Service
	teamPermissionsService *ossaccesscontrol.TeamPermissionsService
}

// createTeam — POST /api/teams
func (tapi *TeamAPI) createTeam(ctx context.Context, orgID int64, cmd team.CreateTeamCommand) (team.Team, error) {
	cmd.OrgID = orgID
	return tapi.teamService.CreateTeam(ctx, &cmd)
}

// addTeamMember — POST /api/teams/:teamId/members
func (tapi *TeamAPI) addTeamMember(ctx context.Context, orgID, teamID, userID int64, isExternal bool) error {
	return tapi.teamPermissionsService.SetUserPermission(ctx, orgID, resourcepermissions.User{ID: userID, IsExternal: isExternal}, teamID, "Member")
}
