package models

import (
	"fmt"
	"time"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/user"
	"example.com/realworld/vikunja/web"
)

// LabelTask is pkg/models/label_task.go:34 (struct).
type LabelTask struct {
	// The unique, numeric id of this label.
	ID     int64 `xorm:"bigint autoincr not null unique pk" json:"-"`
	TaskID int64 `xorm:"bigint INDEX not null" json:"-" param:"projecttask"`
	// The label id you want to associate with a task.
	LabelID int64 `xorm:"bigint INDEX not null" json:"label_id" param:"label"`
	// A timestamp when this task was created. You cannot change this value.
	Created time.Time `xorm:"created not null" json:"created" readOnly:"true"`

	web.CRUDable    `xorm:"-" json:"-"`
	web.Permissions `xorm:"-" json:"-"`
}

// TableName makes a pretty table name
func (*LabelTask) TableName() string {
	return "label_tasks"
}

// ErrLabelIsAlreadyOnTask is pkg/models/error.go.
type ErrLabelIsAlreadyOnTask struct {
	LabelID int64
	TaskID  int64
}

func (err ErrLabelIsAlreadyOnTask) Error() string {
	return fmt.Sprintf("Label already exists on task [TaskID: %v, LabelID: %v]", err.TaskID, err.LabelID)
}

// ErrUserHasNoAccessToLabel is pkg/models/error.go.
type ErrUserHasNoAccessToLabel struct {
	LabelID int64
	UserID  int64
}

func (err ErrUserHasNoAccessToLabel) Error() string {
	return fmt.Sprintf("The user does not have access to this label [LabelID: %v, UserID: %v]", err.LabelID, err.UserID)
}

// Create is pkg/models/label_task.go:102 (PUT /tasks/{task}/labels): Exist,
// then Insert when absent (task update events trimmed).
func (lt *LabelTask) Create(s *xorm.Session, auth web.Auth) (err error) {
	// Check if the label is already added
	exists, err := s.Exist(&LabelTask{LabelID: lt.LabelID, TaskID: lt.TaskID}) // race
	if err != nil {
		return err
	}
	if exists {
		return ErrLabelIsAlreadyOnTask{lt.LabelID, lt.TaskID}
	}

	lt.ID = 0
	_, err = s.Insert(lt)
	if err != nil {
		return err
	}

	// Bump the task updated time so delta syncs pick up the label change.
	return updateTaskLastUpdated(s, &Task{ID: lt.TaskID})
}

// LabelWithTaskID is pkg/models/label_task.go:167.
type LabelWithTaskID struct {
	TaskID int64 `json:"-"`
	Label  `xorm:"extends"`
}

// LabelByTaskIDsOptions is pkg/models/label_task.go.
type LabelByTaskIDsOptions struct {
	TaskIDs []int64
}

// GetLabelsByTaskIDs is pkg/models/label_task.go:186 (search, pagination,
// permission filters and the total count trimmed: the labels on the tasks).
func GetLabelsByTaskIDs(s *xorm.Session, opts *LabelByTaskIDsOptions) (ls []*LabelWithTaskID, resultCount int, totalEntries int64, err error) {
	ls = []*LabelWithTaskID{}
	err = s.
		Table("labels").
		Select("labels.*, label_tasks.task_id").
		Join("LEFT", "label_tasks", "label_tasks.label_id = labels.id").
		In("label_tasks.task_id", opts.TaskIDs).
		GroupBy("labels.id, label_tasks.task_id").
		Find(&ls)
	return ls, len(ls), int64(len(ls)), err
}

// UpdateTaskLabels is pkg/models/label_task.go:336: the labels already on
// the task (t.Labels, loaded by the caller) are compared with the wanted
// ones; each wanted label not yet on the task is inserted (label access
// check, events and timestamps trimmed).
func (t *Task) UpdateTaskLabels(s *xorm.Session, creator web.Auth, labels []*Label) (err error) {

	// If we don't have any new labels, delete everything right away. Saves us some hassle.
	if len(labels) == 0 && len(t.Labels) > 0 {
		_, err = s.Where("task_id = ?", t.ID).
			Delete(LabelTask{})
		return err
	}

	// If we didn't change anything (from 0 to zero) don't do anything.
	if len(labels) == 0 && len(t.Labels) == 0 {
		return nil
	}

	// Make a hashmap of the new labels for easier comparison
	newLabels := make(map[int64]*Label, len(labels))
	for _, newLabel := range labels {
		newLabels[newLabel.ID] = newLabel
	}

	// Get old labels to delete
	var found bool
	var labelsToDelete []int64
	oldLabels := make(map[int64]*Label, len(t.Labels))
	allLabels := t.Labels
	t.Labels = []*Label{} // We re-empty our labels struct here because we want it to be fully empty so we can put in all the actual labels.
	for _, oldLabel := range allLabels {
		found = false
		if newLabels[oldLabel.ID] != nil {
			found = true // If a new label is already in the project with old labels
		}

		// Put all labels which are only on the old project to the trash
		if !found {
			labelsToDelete = append(labelsToDelete, oldLabel.ID)
		} else {
			t.Labels = append(t.Labels, oldLabel)
		}

		// Put it in a project with all old labels, just using the loop here
		oldLabels[oldLabel.ID] = oldLabel
	}

	// Delete all labels not passed
	if len(labelsToDelete) > 0 {
		_, err = s.In("label_id", labelsToDelete).
			And("task_id = ?", t.ID).
			Delete(LabelTask{})
		if err != nil {
			return err
		}
	}

	// Loop through our labels and add them
	for _, l := range labels {
		// Check if the label is already added on the task and only add it if not
		if oldLabels[l.ID] != nil {
			// continue outer loop
			continue
		}

		// Add the new label
		label, err := getLabelByIDSimple(s, l.ID)
		if err != nil {
			return err
		}

		// Check if the user has the permissions to see the label he is about to add
		// (upstream: label.hasAccessToLabel, :404; reduced to the creator check)
		if label.CreatedByID != creator.GetID() {
			u, _ := creator.(*user.User)
			return ErrUserHasNoAccessToLabel{LabelID: l.ID, UserID: u.ID}
		}

		// Insert it
		_, err = s.Insert(&LabelTask{
			LabelID: l.ID,
			TaskID:  t.ID,
		})
		if err != nil {
			return err
		}
		t.Labels = append(t.Labels, label)
	}

	return updateProjectLastUpdated(s, &Project{ID: t.ProjectID})
}

// LabelTaskBulk is pkg/models/label_task.go:434.
type LabelTaskBulk struct {
	// All labels you want to update at once.
	Labels []*Label `json:"labels"`
	TaskID int64    `json:"-" param:"projecttask"`

	web.CRUDable    `json:"-"`
	web.Permissions `json:"-"`
}

// Create is pkg/models/label_task.go:456 (POST /tasks/{projecttask}/labels/bulk):
// loads the task's labels (GetLabelsByTaskIDs), then UpdateTaskLabels
// inserts the missing ones.
func (ltb *LabelTaskBulk) Create(s *xorm.Session, a web.Auth) (err error) {
	task, err := GetTaskByIDSimple(s, ltb.TaskID)
	if err != nil {
		return
	}
	labels, _, _, err := GetLabelsByTaskIDs(s, &LabelByTaskIDsOptions{ // race
		TaskIDs: []int64{ltb.TaskID},
	})
	if err != nil {
		return err
	}
	for i := range labels {
		task.Labels = append(task.Labels, &labels[i].Label)
	}
	return task.UpdateTaskLabels(s, a, ltb.Labels)
}
