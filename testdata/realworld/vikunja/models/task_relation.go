package models

import (
	"time"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/user"
	"example.com/realworld/vikunja/web"
)

// RelationKind is pkg/models/task_relation.go:31.
type RelationKind string

// Relation kinds (pkg/models/task_relation.go:34, most trimmed).
const (
	RelationKindSubtask    RelationKind = `subtask`
	RelationKindParenttask RelationKind = `parenttask`
	RelationKindRelated    RelationKind = `related`
)

// TaskRelation is pkg/models/task_relation.go:80.
type TaskRelation struct {
	// The unique, numeric id of this relation.
	ID           int64        `xorm:"bigint autoincr not null unique pk" json:"-"`
	TaskID       int64        `xorm:"bigint not null" json:"task_id" param:"task" readOnly:"true"`
	OtherTaskID  int64        `xorm:"bigint not null" json:"other_task_id" param:"otherTask"`
	RelationKind RelationKind `xorm:"varchar(50) not null" json:"relation_kind" param:"relationKind"`
	CreatedByID  int64        `xorm:"bigint not null" json:"-"`
	CreatedBy    *user.User   `xorm:"-" json:"created_by"`
	Created      time.Time    `xorm:"created not null" json:"created" readOnly:"true"`

	web.CRUDable    `xorm:"-" json:"-"`
	web.Permissions `xorm:"-" json:"-"`
}

// TableName holds the table name for the task relation table
func (*TaskRelation) TableName() string {
	return "task_relations"
}

// getInverseRelation is pkg/models/task_relation.go:111 (most kinds trimmed).
func getInverseRelation(kind RelationKind) RelationKind {
	switch kind {
	case RelationKindSubtask:
		return RelationKindParenttask
	case RelationKindParenttask:
		return RelationKindSubtask
	}
	return kind
}

// Create is pkg/models/task_relation.go:202 (PUT /tasks/{taskID}/relations):
// Exist on (task_id, other_task_id, relation_kind), then Insert of the
// relation and its inverse (cycle check and events trimmed;
// GetUserOrLinkShareUser reduced to GetFromAuth).
func (rel *TaskRelation) Create(s *xorm.Session, a web.Auth) error {

	// Check if both tasks are the same
	if rel.TaskID == rel.OtherTaskID {
		return ErrRelationTasksCannotBeTheSame{
			TaskID:      rel.TaskID,
			OtherTaskID: rel.OtherTaskID,
		}
	}

	// Check if the relation already exists, in one form or the other.
	exists, err := s. // race
				Where("(task_id = ? AND other_task_id = ? AND relation_kind = ?) OR (task_id = ? AND other_task_id = ? AND relation_kind = ?)",
			rel.TaskID, rel.OtherTaskID, rel.RelationKind, rel.TaskID, rel.OtherTaskID, rel.RelationKind).
		Exist(&TaskRelation{})
	if err != nil {
		return err
	}
	if exists {
		return ErrRelationAlreadyExists{
			TaskID:      rel.TaskID,
			OtherTaskID: rel.OtherTaskID,
			Kind:        rel.RelationKind,
		}
	}

	rel.CreatedBy, err = user.GetFromAuth(a)
	if err != nil {
		return err
	}
	rel.CreatedByID = rel.CreatedBy.ID
	rel.ID = 0

	// Build up the other relation (see the comment above for explanation)
	otherRelation := &TaskRelation{
		TaskID:       rel.OtherTaskID,
		OtherTaskID:  rel.TaskID,
		CreatedByID:  rel.CreatedByID,
		RelationKind: getInverseRelation(rel.RelationKind),
	}

	// Finally insert everything
	_, err = s.Insert(&[]*TaskRelation{
		rel,
		otherRelation,
	})
	return err
}
