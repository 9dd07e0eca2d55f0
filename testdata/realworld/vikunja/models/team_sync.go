package models

import (
	"xorm.io/xorm"

	"example.com/realworld/vikunja/log"
	"example.com/realworld/vikunja/user"
)

// SyncExternalTeamsForUser is pkg/models/team_sync.go:27 (called by the
// openid callback and the LDAP login; removal of old teams trimmed).
func SyncExternalTeamsForUser(s *xorm.Session, u *user.User, teams []*Team, issuer, teamNameSuffix string) (err error) {
	_, err = assignOrCreateUserToTeams(s, u, teams, issuer, teamNameSuffix)
	return
}

// assignOrCreateUserToTeams is pkg/models/team_sync.go:76:
// MembershipExists (Exist on (team_id, user_id)), then TeamMember.Create
// when false (which looks the row up again before its Insert).
func assignOrCreateUserToTeams(s *xorm.Session, u *user.User, teamData []*Team, issuer, teamNameSuffix string) (syncedTeamIDs []int64, err error) {
	if len(teamData) == 0 {
		return
	}

	// Check if we have seen these teams before.
	// Find or create Teams and assign user as teammember.
	teams, err := getOrCreateTeamsByIssuer(s, teamData, u, issuer, teamNameSuffix)
	if err != nil {
		return nil, err
	}

	for _, team := range teams {
		tm := &TeamMember{
			TeamID:   team.ID,
			UserID:   u.ID,
			Username: u.Username,
		}
		exists, _ := tm.MembershipExists(s) // race
		if !exists {
			err = tm.Create(s, u)
			if err != nil {
				log.Errorf("Could not assign user %s to team %s: %v", u.Username, team.Name, err)
			}
		}
		syncedTeamIDs = append(syncedTeamIDs, team.ID)
	}

	return syncedTeamIDs, err
}

// getOrCreateTeamsByIssuer stands in for pkg/models/team_sync.go:141, a
// get-or-create of its own (GetTeamByExternalIDAndIssuer, then
// createExternalTeam); it is beyond the catalogue's cap of 12 races and
// not reproduced (see CATALOGUE.md), so this stub returns the teams as given.
func getOrCreateTeamsByIssuer(_ *xorm.Session, teamData []*Team, _ *user.User, _, _ string) (teams []*Team, err error) {
	return teamData, nil
}
