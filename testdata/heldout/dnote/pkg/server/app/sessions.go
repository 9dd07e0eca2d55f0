package app

import (
	"example.com/heldout/dnote/pkg/server/database"
	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// DeleteUserSessions reproduces pkg/server/app/sessions.go:53.
// DeleteUserSessions deletes all existing sessions for the given user. It effectively
// invalidates all existing sessions.
func (a *App) DeleteUserSessions(db *gorm.DB, userID int) error {
	if err := db.Debug().Where("user_id = ?", userID).Delete(&database.Session{}).Error; err != nil {
		return errors.Wrap(err, "deleting sessions")
	}

	return nil
}
