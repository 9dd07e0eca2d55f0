package models

import "fmt"

// ErrTeamAlreadyHasAccess is pkg/models/error.go:1485.
type ErrTeamAlreadyHasAccess struct {
	TeamID int64
	ID     int64
}

func (err ErrTeamAlreadyHasAccess) Error() string {
	return fmt.Sprintf("Team already has access. [Team ID: %d, ID: %d]", err.TeamID, err.ID)
}

// ErrTeamDoesNotHaveAccessToProject is pkg/models/error.go:1557.
type ErrTeamDoesNotHaveAccessToProject struct {
	ProjectID int64
	TeamID    int64
}

func (err ErrTeamDoesNotHaveAccessToProject) Error() string {
	return fmt.Sprintf("Team does not have access to the project [ProjectID: %d, TeamID: %d]", err.ProjectID, err.TeamID)
}

// ErrUserAlreadyHasAccess is pkg/models/error.go:1661.
type ErrUserAlreadyHasAccess struct {
	UserID    int64
	ProjectID int64
}

func (err ErrUserAlreadyHasAccess) Error() string {
	return fmt.Sprintf("User already has access to that project. [User ID: %d, Project ID: %d]", err.UserID, err.ProjectID)
}

// ErrUserDoesNotHaveAccessToProject is pkg/models/error.go:1685.
type ErrUserDoesNotHaveAccessToProject struct {
	ProjectID int64
	UserID    int64
}

func (err ErrUserDoesNotHaveAccessToProject) Error() string {
	return fmt.Sprintf("User does not have access to the project [ProjectID: %d, UserID: %d]", err.ProjectID, err.UserID)
}

// ErrRelationAlreadyExists is pkg/models/error.go:862.
type ErrRelationAlreadyExists struct {
	Kind        RelationKind
	TaskID      int64
	OtherTaskID int64
}

func (err ErrRelationAlreadyExists) Error() string {
	return fmt.Sprintf("Task relation already exists [TaskID: %v, OtherTaskID: %v, Kind: %v]", err.TaskID, err.OtherTaskID, err.Kind)
}

// ErrRelationTasksCannotBeTheSame is pkg/models/error.go:920.
type ErrRelationTasksCannotBeTheSame struct {
	TaskID      int64
	OtherTaskID int64
}

func (err ErrRelationTasksCannotBeTheSame) Error() string {
	return fmt.Sprintf("Tried to create a task relation with the same task [TaskID: %v, OtherTaskID: %v]", err.TaskID, err.OtherTaskID)
}

// ErrUserAlreadyAssigned is pkg/models/error.go:1223.
type ErrUserAlreadyAssigned struct {
	TaskID int64
	UserID int64
}

func (err *ErrUserAlreadyAssigned) Error() string {
	return fmt.Sprintf("User is already assigned to task [TaskID: %d, UserID: %d]", err.TaskID, err.UserID)
}

// ErrUserIsMemberOfTeam is pkg/models/error.go:1509.
type ErrUserIsMemberOfTeam struct {
	TeamID int64
	UserID int64
}

func (err ErrUserIsMemberOfTeam) Error() string {
	return fmt.Sprintf("User is already a member of that team [Team ID: %d, User ID: %d]", err.TeamID, err.UserID)
}
