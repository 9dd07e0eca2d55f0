// A record's method that returns what xorm's Exist returns (vikunja's
// TeamMember.MembershipExists), tested by a caller that adds the member
// when it is not there, its error dropped.
package exist_method

import (
	"xorm.io/xorm"
)

type TeamMember struct {
	ID     int64  `xorm:"pk autoincr 'id'"`
	Team   string `xorm:"unique(tm) 'team'"`
	UserID int64  `xorm:"unique(tm) 'user_id'"`
}

// MembershipExists reports whether the member is in the team.
func (tm *TeamMember) MembershipExists(s *xorm.Engine) (bool, error) {
	return s.
		Where("team = ? AND user_id = ?", tm.Team, tm.UserID).
		Exist(&TeamMember{})
}

// AssignToTeams adds the user to each team it is not a member of.
func AssignToTeams(s *xorm.Engine, userID int64, teams []string) error {
	for _, team := range teams {
		tm := &TeamMember{Team: team, UserID: userID}
		exists, _ := tm.MembershipExists(s)
		if !exists {
			if _, err := s.Insert(tm); err != nil {
				return err
			}
		}
	}
	return nil
}

// Count is not a lookup for its callers: it returns a number.
func (tm *TeamMember) Count(s *xorm.Engine) (int64, error) {
	return s.Where("team = ?", tm.Team).Count(&TeamMember{})
}
