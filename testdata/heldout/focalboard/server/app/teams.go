package app

import (
	"example.com/heldout/focalboard/server/model"
	"example.com/heldout/focalboard/server/utils"

	"example.com/heldout/focalboard/pkg/mlog"
)

// GetRootTeam reproduces server/app/teams.go:10 (lookup :12, upsert :18).
func (a *App) GetRootTeam() (*model.Team, error) {
	teamID := "0"
	// The create is sqlstore upsertTeamSignupToken: INSERT ... ON CONFLICT (id)
	// DO UPDATE / ON DUPLICATE KEY UPDATE on teams PRIMARY KEY (id)
	// (000007_workspaces_table.up.sql:7, renamed to teams by
	// 000018_add_teams_and_boards.up.sql:2). Concurrent first callers both
	// upsert row "0"; the later signup token wins, no duplicate, no error.
	team, _ := a.store.GetTeam(teamID) // safe: the create is an atomic INSERT ... ON CONFLICT (id) upsert on the teams primary key
	if team == nil {
		team = &model.Team{
			ID:          teamID,
			SignupToken: utils.NewID(utils.IDTypeToken),
		}
		err := a.store.UpsertTeamSignupToken(*team)
		if err != nil {
			a.logger.Error("Unable to initialize team", mlog.Err(err))
			return nil, err
		}

		team, err = a.store.GetTeam(teamID)
		if err != nil {
			a.logger.Error("Unable to get initialized team", mlog.Err(err))
			return nil, err
		}

		a.logger.Info("initialized team")
	}

	return team, nil
}
