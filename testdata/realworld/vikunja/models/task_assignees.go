package models

import (
	"time"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/user"
	"example.com/realworld/vikunja/web"
)

// TaskAssginee is pkg/models/task_assignees.go:32.
type TaskAssginee struct {
	ID      int64     `xorm:"bigint autoincr not null unique pk" json:"-"`
	TaskID  int64     `xorm:"bigint INDEX not null" json:"-" param:"projecttask"`
	UserID  int64     `xorm:"bigint INDEX not null" json:"user_id" param:"user"`
	Created time.Time `xorm:"created not null" json:"created" readOnly:"true"`

	web.CRUDable    `xorm:"-" json:"-"`
	web.Permissions `xorm:"-" json:"-"`
}

// TableName makes a pretty table name
func (*TaskAssginee) TableName() string {
	return "task_assignees"
}

// Create is pkg/models/task_assignees.go:215 (PUT /tasks/{taskID}/assignees).
func (la *TaskAssginee) Create(s *xorm.Session, a web.Auth) (err error) {

	// Get the project to perform later checks
	project, err := GetProjectSimpleByTaskID(s, la.TaskID)
	if err != nil {
		return
	}

	task := &Task{ID: la.TaskID}
	return task.addNewAssigneeByID(s, la.UserID, project, a)
}

// addNewAssigneeByID is pkg/models/task_assignees.go:227: Exist on
// (task_id, user_id), then Insert when absent (project read check and
// events trimmed).
func (t *Task) addNewAssigneeByID(s *xorm.Session, newAssigneeID int64, project *Project, auth web.Auth) (err error) {
	// Check if the user exists and has access to the project
	_, err = user.GetUserByID(s, newAssigneeID)
	if err != nil {
		return err
	}

	exist, err := s. // race
				Where("task_id = ? AND user_id = ?", t.ID, newAssigneeID).
				Exist(&TaskAssginee{})
	if err != nil {
		return err
	}
	if exist {
		return &ErrUserAlreadyAssigned{
			UserID: newAssigneeID,
			TaskID: t.ID,
		}
	}

	_, err = s.Insert(&TaskAssginee{
		TaskID: t.ID,
		UserID: newAssigneeID,
	})
	if err != nil {
		return err
	}

	return updateProjectLastUpdated(s, project)
}
