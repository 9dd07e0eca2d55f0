// Package db reproduces alist-org/alist 2830575490e7 internal/db and
// internal/model.
package db

import (
	"github.com/pkg/errors"
	"gorm.io/gorm"
)

var db *gorm.DB

func Init(d *gorm.DB) { db = d }

// User is internal/model/user.go:26.
type User struct {
	ID       uint   `json:"id" gorm:"primaryKey"`
	Username string `json:"username" gorm:"unique" binding:"required"`
	Password string `json:"password"`
	SsoID    string `json:"sso_id"` // unique by sso platform
}

// TaskItem is internal/model/task.go.
type TaskItem struct {
	Key         string `json:"key"`
	PersistData string `gorm:"type:text" json:"persist_data"`
}

// GetUserBySSOID is internal/db/user.go:28.
func GetUserBySSOID(ssoID string) (*User, error) {
	user := User{SsoID: ssoID}
	if err := db.Where(user).First(&user).Error; err != nil {
		return nil, errors.Wrapf(err, "The single sign on platform is not bound to any users")
	}
	return &user, nil
}

func GetUserByName(username string) (*User, error) {
	user := User{Username: username}
	if err := db.Where(user).First(&user).Error; err != nil {
		return nil, errors.Wrapf(err, "failed find user")
	}
	return &user, nil
}

func CreateUser(u *User) error { return errors.WithStack(db.Create(u).Error) }

// GetTaskDataByType is internal/db/tasks.go:8.
func GetTaskDataByType(type_s string) (*TaskItem, error) {
	task := TaskItem{Key: type_s}
	if err := db.Where(task).First(&task).Error; err != nil {
		return nil, errors.Wrapf(err, "failed find task")
	}
	return &task, nil
}

func CreateTaskData(t *TaskItem) error {
	return errors.WithStack(db.Create(t).Error)
}

// InitTasks is internal/bootstrap/data/task.go:15: at start-up, every
// missing task row is created; two instances starting together both
// insert (the key has no unique index).
func InitTasks(items []TaskItem) {
	for i := range items {
		item := &items[i]
		taskitem, _ := GetTaskDataByType(item.Key) // race
		if taskitem == nil {
			CreateTaskData(item)
		}
	}
}
