// Package models reproduces go-vikunja/vikunja 762dc4ebe6f3 pkg/models
// (get-or-create sites and the helpers between them; unrelated fields, events
// and permission checks trimmed; xorm tags unchanged).
package models

import (
	"fmt"
	"time"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/user"
	"example.com/realworld/vikunja/web"
)

// Permission is pkg/models/permissions.go:26.
type Permission int

// Permissions (pkg/models/permissions.go:29).
const (
	PermissionUnknown Permission = -1
	PermissionRead    Permission = iota
	PermissionWrite
	PermissionAdmin
)

// isValid is pkg/models/permissions.go:39.
func (r Permission) isValid() error {
	if r != PermissionAdmin && r != PermissionRead && r != PermissionWrite {
		return fmt.Errorf("invalid permission %d", r)
	}
	return nil
}

// Project is pkg/models/project.go:40 (trimmed).
type Project struct {
	ID              int64      `xorm:"bigint autoincr not null unique pk" json:"id" param:"project" readOnly:"true"`
	Title           string     `xorm:"varchar(250) not null" json:"title" valid:"required,runelength(1|250)" minLength:"1" maxLength:"250"`
	Identifier      string     `xorm:"varchar(10) null" json:"identifier" valid:"runelength(0|10)" minLength:"0" maxLength:"10"`
	HexColor        string     `xorm:"varchar(6) null" json:"hex_color"`
	OwnerID         int64      `xorm:"bigint INDEX not null" json:"-"`
	ParentProjectID *int64     `xorm:"bigint INDEX null" json:"parent_project_id"`
	Owner           *user.User `xorm:"-" json:"owner"`
}

// TableName is pkg/models/project.go.
func (*Project) TableName() string { return "projects" }

// Task is pkg/models/tasks.go:74 (trimmed).
type Task struct {
	ID        int64    `xorm:"bigint autoincr not null unique pk" json:"id" param:"projecttask" readOnly:"true"`
	ProjectID int64    `xorm:"bigint INDEX not null unique(tasks_project_index)" json:"project_id" param:"project"`
	Index     int64    `xorm:"bigint not null default 0 unique(tasks_project_index)" json:"index" param:"index" readOnly:"true"`
	Labels    []*Label `xorm:"-" json:"labels"`
}

// TableName is pkg/models/tasks.go.
func (*Task) TableName() string { return "tasks" }

// Label is pkg/models/label.go:30 (trimmed).
type Label struct {
	ID          int64     `xorm:"bigint autoincr not null unique pk" json:"id" param:"label" readOnly:"true"`
	Title       string    `xorm:"varchar(250) not null" json:"title" valid:"runelength(1|250)" minLength:"1" maxLength:"250"`
	HexColor    string    `xorm:"varchar(6) null" json:"hex_color" valid:"runelength(0|7)" maxLength:"7"`
	CreatedByID int64     `xorm:"bigint not null" json:"-"`
	Created     time.Time `xorm:"created not null" json:"created" readOnly:"true"`
}

// TableName is pkg/models/label.go.
func (*Label) TableName() string { return "labels" }

// ErrProjectDoesNotExist is pkg/models/error.go.
type ErrProjectDoesNotExist struct{ ID int64 }

func (err ErrProjectDoesNotExist) Error() string {
	return fmt.Sprintf("Project does not exist [ID: %d]", err.ID)
}

// ErrTaskDoesNotExist is pkg/models/error.go.
type ErrTaskDoesNotExist struct{ ID int64 }

func (err ErrTaskDoesNotExist) Error() string {
	return fmt.Sprintf("Task does not exist [ID: %d]", err.ID)
}

// ErrLabelDoesNotExist is pkg/models/error.go.
type ErrLabelDoesNotExist struct{ LabelID int64 }

func (err ErrLabelDoesNotExist) Error() string {
	return fmt.Sprintf("Label does not exist [Label ID: %d]", err.LabelID)
}

// ErrTeamDoesNotExist is pkg/models/error.go.
type ErrTeamDoesNotExist struct{ TeamID int64 }

func (err ErrTeamDoesNotExist) Error() string {
	return fmt.Sprintf("Team does not exist [Team ID: %d]", err.TeamID)
}

// GetProjectSimpleByID is pkg/models/project.go (a parent lookup; not found is an error).
func GetProjectSimpleByID(s *xorm.Session, projectID int64) (project *Project, err error) {
	project = &Project{}
	if projectID < 1 {
		return nil, ErrProjectDoesNotExist{ID: projectID}
	}
	exists, err := s.Where("id = ?", projectID).Get(project)
	if err != nil {
		return nil, err
	}
	if !exists {
		return nil, ErrProjectDoesNotExist{ID: projectID}
	}
	return
}

// GetProjectSimpleByTaskID is pkg/models/project.go (not found is an error).
func GetProjectSimpleByTaskID(s *xorm.Session, taskID int64) (l *Project, err error) {
	var project Project
	exists, err := s.
		Select("projects.*").
		Table(Project{}).
		Join("INNER", "tasks", "projects.id = tasks.project_id").
		Where("tasks.id = ?", taskID).
		Get(&project)
	if err != nil {
		return
	}
	if !exists {
		return &Project{}, ErrProjectDoesNotExist{ID: 0}
	}
	return &project, nil
}

// GetTaskByIDSimple is pkg/models/tasks.go (not found is an error).
func GetTaskByIDSimple(s *xorm.Session, taskID int64) (task Task, err error) {
	if taskID < 1 {
		return Task{}, ErrTaskDoesNotExist{taskID}
	}
	exists, err := s.Where("id = ?", taskID).Get(&task)
	if err != nil {
		return Task{}, err
	}
	if !exists {
		return Task{}, ErrTaskDoesNotExist{taskID}
	}
	return
}

// getLabelByIDSimple is pkg/models/label.go (not found is an error).
func getLabelByIDSimple(s *xorm.Session, labelID int64) (*Label, error) {
	label := Label{}
	exists, err := s.Where("id = ?", labelID).Get(&label)
	if err != nil {
		return &label, err
	}
	if !exists {
		return &Label{}, ErrLabelDoesNotExist{labelID}
	}
	return &label, err
}

// GetTeamByID is pkg/models/teams.go:107 (not found is an error).
func GetTeamByID(s *xorm.Session, id int64) (team *Team, err error) {
	if id < 1 {
		return nil, ErrTeamDoesNotExist{id}
	}
	t := Team{}
	exists, err := s.Where("id = ?", id).Get(&t)
	if err != nil {
		return
	}
	if !exists {
		return nil, ErrTeamDoesNotExist{id}
	}
	return &t, nil
}

// updateTaskLastUpdated is pkg/models/tasks.go.
func updateTaskLastUpdated(s *xorm.Session, task *Task) error {
	_, err := s.ID(task.ID).Cols("updated").NoAutoCondition().Update(task)
	return err
}

// updateProjectLastUpdated is pkg/models/project.go.
func updateProjectLastUpdated(s *xorm.Session, project *Project) error {
	_, err := s.ID(project.ID).Cols("updated").Update(project)
	return err
}

// doerFromAuth is pkg/models (trimmed).
func doerFromAuth(_ *xorm.Session, a web.Auth) *user.User {
	u, _ := user.GetFromAuth(a)
	return u
}
