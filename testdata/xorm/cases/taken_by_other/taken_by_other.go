// A check of a name taken by a row other than the one at hand
// (grafana's isTeamNameTaken(sess, orgID, name, existingID)): a create
// passes 0, so the check is an existence test and the insert after it a
// race; an update passes the row's id, and is no create.
package taken_by_other

import (
	"errors"

	"xorm.io/xorm"
)

type Team struct {
	ID    int64  `xorm:"pk autoincr 'id'"`
	OrgID int64  `xorm:"unique(team_org_name) 'org_id'"`
	Name  string `xorm:"unique(team_org_name) 'name'"`
	Email string `xorm:"'email'"`
}

var ErrTeamNameTaken = errors.New("team name is taken")

func isTeamNameTaken(x *xorm.Engine, orgID int64, name string, existingID int64) (bool, error) {
	var t Team
	exists, err := x.Where("org_id = ? AND name = ?", orgID, name).Get(&t)
	if err != nil {
		return false, err
	}
	if exists && existingID != t.ID {
		return true, nil
	}
	return false, nil
}

// CreateTeam passes 0: a race, fixed.
func CreateTeam(x *xorm.Engine, orgID int64, name, email string) (*Team, error) {
	if taken, err := isTeamNameTaken(x, orgID, name, 0); err != nil {
		return nil, err
	} else if taken {
		return nil, ErrTeamNameTaken
	}
	t := &Team{OrgID: orgID, Name: name, Email: email}
	if _, err := x.Insert(t); err != nil {
		return nil, err
	}
	return t, nil
}

// UpdateTeam passes the team's id: a guard of an update, not reported.
func UpdateTeam(x *xorm.Engine, id, orgID int64, name string) error {
	if taken, err := isTeamNameTaken(x, orgID, name, id); err != nil {
		return err
	} else if taken {
		return ErrTeamNameTaken
	}
	_, err := x.ID(id).Cols("name").Update(&Team{Name: name})
	return err
}
