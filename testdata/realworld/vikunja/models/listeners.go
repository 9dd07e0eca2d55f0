package models

import (
	"encoding/json"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/db"
	"example.com/realworld/vikunja/third_party/watermill/message"
	"example.com/realworld/vikunja/user"
	"example.com/realworld/vikunja/web"
)

// TaskUnreadStatus is pkg/models/task_unread_statuses.go:25.
type TaskUnreadStatus struct {
	TaskID          int64 `xorm:"bigint not null unique(task_user)" param:"projecttask"`
	UserID          int64 `xorm:"bigint not null unique(task_user)"`
	web.CRUDable    `xorm:"-" json:"-"`
	web.Permissions `xorm:"-" json:"-"`
}

// TableName is pkg/models/task_unread_statuses.go.
func (*TaskUnreadStatus) TableName() string {
	return "task_unread_statuses"
}

// TaskCommentCreatedEvent is pkg/models/events.go:96 (comment trimmed).
type TaskCommentCreatedEvent struct {
	Task *Task      `json:"task"`
	Doer *user.User `json:"doer"`
}

// ListUsersFromProject is pkg/models/user_project.go:53 (reduced to the
// project owner and the users the project is shared with).
func ListUsersFromProject(s *xorm.Session, l *Project, _ *user.User, _ string) (users []*user.User, err error) {
	users = []*user.User{}
	err = s.
		Table("users").
		Where("id = ? OR id IN (SELECT user_id FROM users_projects WHERE project_id = ?)", l.OwnerID, l.ID).
		Find(&users)
	return
}

// MarkTaskUnreadOnComment is pkg/models/listeners.go:1694.
type MarkTaskUnreadOnComment struct {
}

// Name is pkg/models/listeners.go:1697.
func (s *MarkTaskUnreadOnComment) Name() string {
	return "task.comment.mark.unread"
}

// Handle is pkg/models/listeners.go:1701 (event listener for
// task.comment.created): loads the task's unread statuses (Find), then
// bulk-inserts one for every project user without one.
func (s *MarkTaskUnreadOnComment) Handle(msg *message.Message) (err error) {
	event := &TaskCommentCreatedEvent{}
	err = json.Unmarshal(msg.Payload, event)
	if err != nil {
		return err
	}

	sess := db.NewSession()
	defer sess.Close()

	project, err := GetProjectSimpleByID(sess, event.Task.ProjectID)
	if err != nil {
		_ = sess.Rollback()
		return err
	}

	users, err := ListUsersFromProject(sess, project, event.Doer, "")
	if err != nil {
		_ = sess.Rollback()
		return err
	}

	// Get existing unread statuses for this task
	existingUnreadStatuses := []*TaskUnreadStatus{}
	err = sess. // race
			Where("task_id = ?", event.Task.ID).
			Find(&existingUnreadStatuses)
	if err != nil {
		_ = sess.Rollback()
		return err
	}

	// Create a set of existing user IDs for quick lookup
	existingUserIDs := make(map[int64]bool)
	for _, status := range existingUnreadStatuses {
		existingUserIDs[status.UserID] = true
	}

	// Build list of new unread statuses
	unreadStatuses := []*TaskUnreadStatus{}
	for _, u := range users {
		// Skip the comment author and users who already have unread status
		if u.ID == event.Doer.ID || existingUserIDs[u.ID] {
			continue
		}
		unreadStatuses = append(unreadStatuses, &TaskUnreadStatus{
			TaskID: event.Task.ID,
			UserID: u.ID,
		})
	}

	// Bulk insert new unread statuses
	if len(unreadStatuses) > 0 {
		_, err = sess.Insert(&unreadStatuses)
		if err != nil {
			_ = sess.Rollback()
			return err
		}
	}

	return sess.Commit()
}
