// Package ossaccesscontrol reproduces the OnSetUser hook of the team
// permission service (upstream pkg/services/accesscontrol/ossaccesscontrol/
// permissions.go, seen through the index: it calls
// teamimpl.AddOrUpdateTeamMemberHook(dbHelper, session, ...)).
package ossaccesscontrol

import (
	"fmt"
	"strconv"

	"example.com/heldout/grafana/pkg/infra/db"
	"example.com/heldout/grafana/pkg/services/accesscontrol/resourcepermissions"
	"example.com/heldout/grafana/pkg/services/team"
	"example.com/heldout/grafana/pkg/services/team/teamimpl"
	"example.com/heldout/grafana/pkg/storage/legacysql"
)

type TeamPermissionsService struct {
	*resourcepermissions.Service
}

func ProvideTeamPermissions(sql db.DB) *TeamPermissionsService {
	dbHelper := &legacysql.LegacyDatabaseHelper{DB: sql, Table: func(n string) string { return n }}
	options := resourcepermissions.Options{
		OnSetUser: func(session *db.Session, orgID int64, user resourcepermissions.User, resourceID, permission string) error {
			teamId, err := strconv.ParseInt(resourceID, 10, 64)
			if err != nil {
				return err
			}
			switch permission {
			case "Member":
				err = teamimpl.AddOrUpdateTeamMemberHook(dbHelper, session, user.ID, orgID, teamId, user.IsExternal, team.PermissionTypeMember)
			case "Admin":
				err = teamimpl.AddOrUpdateTeamMemberHook(dbHelper, session, user.ID, orgID, teamId, user.IsExternal, team.PermissionTypeAdmin)
			default:
				return fmt.Errorf("invalid team permission type %s", permission)
			}
			return err
		},
	}
	return &TeamPermissionsService{resourcepermissions.New(sql, options)}
}
