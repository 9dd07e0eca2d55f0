// xorm: the rows of a task are loaded into a set, and the users missing
// from it (a miss tested beside another condition) are appended to a
// slice inserted in one batch after the loop (vikunja's unread
// statuses). Two callers both miss a user and both insert.
package preload_batch

import "xorm.io/xorm"

type UnreadStatus struct {
	ID     int64 `xorm:"pk autoincr 'id'"`
	TaskID int64 `xorm:"unique(tu) 'task_id'"`
	UserID int64 `xorm:"unique(tu) 'user_id'"`
}

// MarkUnread marks the task unread for every user but the doer.
func MarkUnread(sess *xorm.Session, taskID, doer int64, users []int64) error {
	existing := []*UnreadStatus{}
	if err := sess.Where("task_id = ?", taskID).Find(&existing); err != nil {
		return err
	}
	have := make(map[int64]bool)
	for _, s := range existing {
		have[s.UserID] = true
	}
	missing := []*UnreadStatus{}
	for _, u := range users {
		if u == doer || have[u] {
			continue
		}
		missing = append(missing, &UnreadStatus{TaskID: taskID, UserID: u})
	}
	if len(missing) > 0 {
		if _, err := sess.Insert(&missing); err != nil {
			return err
		}
	}
	return nil
}

// CountMissing only counts the users missing from the set: no insert.
func CountMissing(sess *xorm.Session, taskID int64, users []int64) (int, error) {
	existing := []*UnreadStatus{}
	if err := sess.Where("task_id = ?", taskID).Find(&existing); err != nil {
		return 0, err
	}
	have := make(map[int64]bool)
	for _, s := range existing {
		have[s.UserID] = true
	}
	missing := []*UnreadStatus{}
	for _, u := range users {
		if !have[u] {
			missing = append(missing, &UnreadStatus{TaskID: taskID, UserID: u})
		}
	}
	return len(missing), nil
}
