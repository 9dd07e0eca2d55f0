package models

import (
	"time"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/web"
)

// TeamProject is pkg/models/project_team.go:30.
type TeamProject struct {
	ID         int64      `xorm:"bigint autoincr not null unique pk" json:"id" readOnly:"true"`
	TeamID     int64      `xorm:"bigint not null INDEX" json:"team_id" param:"team"`
	ProjectID  int64      `xorm:"bigint not null INDEX" json:"-" param:"project"`
	Permission Permission `xorm:"bigint INDEX not null default 0" json:"permission" valid:"length(0|2)" maximum:"2" default:"0"`
	Created    time.Time  `xorm:"created not null" json:"created" readOnly:"true"`
	Updated    time.Time  `xorm:"updated not null" json:"updated" readOnly:"true"`

	web.CRUDable    `xorm:"-" json:"-"`
	web.Permissions `xorm:"-" json:"-"`
}

// TableName makes beautiful table names
func (*TeamProject) TableName() string {
	return "team_projects"
}

// Create is pkg/models/project_team.go:75 (PUT /projects/{id}/teams): Get
// on (team_id, project_id), then Insert when absent (events trimmed).
func (tl *TeamProject) Create(s *xorm.Session, a web.Auth) (err error) {

	// Check if the permissions are valid
	if err = tl.Permission.isValid(); err != nil {
		return
	}

	// Check if the team exists
	_, err = GetTeamByID(s, tl.TeamID)
	if err != nil {
		return err
	}

	// Check if the project exists
	l, err := GetProjectSimpleByID(s, tl.ProjectID)
	if err != nil {
		return err
	}

	// Check if the team is already on the project
	exists, err := s.Where("team_id = ?", tl.TeamID). // race
								And("project_id = ?", tl.ProjectID).
								Get(&TeamProject{})
	if err != nil {
		return
	}
	if exists {
		return ErrTeamAlreadyHasAccess{tl.TeamID, tl.ProjectID}
	}

	// Insert the new team
	tl.ID = 0
	_, err = s.Insert(tl)
	if err != nil {
		return err
	}

	return updateProjectLastUpdated(s, l)
}

// Delete is pkg/models/project_team.go:134 (DELETE /projects/{projectID}/teams/{teamID}).
func (tl *TeamProject) Delete(s *xorm.Session, _ web.Auth) (err error) {

	// Check if the team exists
	_, err = GetTeamByID(s, tl.TeamID)
	if err != nil {
		return
	}

	// Check if the team has access to the project
	has, err := s. // safe: guards a delete only
			Where("team_id = ? AND project_id = ?", tl.TeamID, tl.ProjectID).
			Get(&TeamProject{})
	if err != nil {
		return
	}
	if !has {
		return ErrTeamDoesNotHaveAccessToProject{TeamID: tl.TeamID, ProjectID: tl.ProjectID}
	}

	// Delete the relation
	_, err = s.Where("team_id = ?", tl.TeamID).
		And("project_id = ?", tl.ProjectID).
		Delete(&TeamProject{})
	if err != nil {
		return err
	}

	return updateProjectLastUpdated(s, &Project{ID: tl.ProjectID})
}
