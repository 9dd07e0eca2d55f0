package models

import (
	"xorm.io/xorm"

	"example.com/realworld/vikunja/user"
	"example.com/realworld/vikunja/web"
)

// Create is pkg/models/team_members.go:41 (PUT /teams/{id}/members; also
// CreateNewTeam and assignOrCreateUserToTeams): Get on (team_id, user_id),
// then Insert when absent (events trimmed).
func (tm *TeamMember) Create(s *xorm.Session, a web.Auth) (err error) {

	// Check if the team extst
	_, err = GetTeamByID(s, tm.TeamID)
	if err != nil {
		return err
	}
	// Check if the user exists
	member, err := user.GetUserByUsername(s, tm.Username)
	if err != nil {
		return
	}
	tm.UserID = member.ID

	// Check if that user is already part of the team
	exists, err := s. // race
				Where("team_id = ? AND user_id = ?", tm.TeamID, tm.UserID).
				Get(&TeamMember{})
	if err != nil {
		return
	}
	if exists {
		return ErrUserIsMemberOfTeam{tm.TeamID, tm.UserID}
	}

	tm.ID = 0
	_, err = s.Insert(tm)
	return err
}

// MembershipExists is pkg/models/team_members.go:131.
func (tm *TeamMember) MembershipExists(s *xorm.Session) (exists bool, err error) {
	return s.
		Where("team_id = ? AND user_id = ?", tm.TeamID, tm.UserID).
		Exist(&TeamMember{})
}
