package models

import (
	"time"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/user"
	"example.com/realworld/vikunja/web"
)

// ProjectUser is pkg/models/project_users.go:31.
type ProjectUser struct {
	ID int64 `xorm:"bigint autoincr not null unique pk" json:"id" readOnly:"true"`
	// The username.
	Username   string     `xorm:"-" json:"username" param:"user"`
	UserID     int64      `xorm:"bigint not null INDEX" json:"-"`
	ProjectID  int64      `xorm:"bigint not null INDEX" json:"-" param:"project"`
	Permission Permission `xorm:"bigint INDEX not null default 0" json:"permission" valid:"length(0|2)" maximum:"2" default:"0"`
	Created    time.Time  `xorm:"created not null" json:"created" readOnly:"true"`
	Updated    time.Time  `xorm:"updated not null" json:"updated" readOnly:"true"`

	web.CRUDable    `xorm:"-" json:"-"`
	web.Permissions `xorm:"-" json:"-"`
}

// TableName is the table name for ProjectUser
func (*ProjectUser) TableName() string {
	return "users_projects"
}

// Create is pkg/models/project_users.go:78 (PUT /projects/{id}/users; also
// CreateProject for bot doers): Get on (project_id, user_id), then Insert
// when absent (events trimmed).
func (lu *ProjectUser) Create(s *xorm.Session, a web.Auth) (err error) {

	// Check if the permission is valid
	if err := lu.Permission.isValid(); err != nil {
		return err
	}

	// Check if the project exists
	l, err := GetProjectSimpleByID(s, lu.ProjectID)
	if err != nil {
		return
	}

	// Check if the user exists
	u, err := user.GetUserByUsername(s, lu.Username)
	if err != nil {
		return err
	}
	lu.UserID = u.ID

	// Check if the user already has access or is owner of that project
	// We explicitly DONT check for teams here
	if l.OwnerID == lu.UserID {
		return ErrUserAlreadyHasAccess{UserID: lu.UserID, ProjectID: lu.ProjectID}
	}

	exist, err := s.Where("project_id = ? AND user_id = ?", lu.ProjectID, lu.UserID).Get(&ProjectUser{}) // race
	if err != nil {
		return
	}
	if exist {
		return ErrUserAlreadyHasAccess{UserID: lu.UserID, ProjectID: lu.ProjectID}
	}

	lu.ID = 0
	_, err = s.Insert(lu)
	if err != nil {
		return err
	}

	return updateProjectLastUpdated(s, l)
}

// Delete is pkg/models/project_users.go:141 (DELETE /projects/{projectID}/users/{userID}).
func (lu *ProjectUser) Delete(s *xorm.Session, _ web.Auth) (err error) {

	// Check if the user exists
	u, err := user.GetUserByUsername(s, lu.Username)
	if err != nil && !user.IsErrUserStatusError(err) {
		return
	}
	lu.UserID = u.ID

	// Check if the user has access to the project
	has, err := s. // safe: guards a delete only
			Where("user_id = ? AND project_id = ?", lu.UserID, lu.ProjectID).
			Get(&ProjectUser{})
	if err != nil {
		return
	}
	if !has {
		return ErrUserDoesNotHaveAccessToProject{ProjectID: lu.ProjectID, UserID: lu.UserID}
	}

	_, err = s.
		Where("user_id = ? AND project_id = ?", lu.UserID, lu.ProjectID).
		Delete(&ProjectUser{})
	if err != nil {
		return err
	}

	return updateProjectLastUpdated(s, &Project{ID: lu.ProjectID})
}
