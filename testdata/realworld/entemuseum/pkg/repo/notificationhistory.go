package repo

import (
	"database/sql"

	"example.com/realworld/entemuseum/pkg/utils/time"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// NotificationHistoryRepository is server/pkg/repo/notificationhistory.go:13.
type NotificationHistoryRepository struct {
	DB *sql.DB
}

// GetLastNotificationTime is server/pkg/repo/notificationhistory.go:26
// (SELECT MAX(sent_time) :28; 0 when there is no row).
func (repo *NotificationHistoryRepository) GetLastNotificationTime(userID int64, templateID string) (int64, error) {
	var lastNotificationTime sql.NullInt64
	row := repo.DB.QueryRow(`SELECT MAX(sent_time) FROM notification_history WHERE user_id = $1 and template_id = $2`, userID, templateID)
	err := row.Scan(&lastNotificationTime)
	if err != nil {
		return 0, stacktrace.Propagate(err, "")
	}
	if lastNotificationTime.Valid {
		return lastNotificationTime.Int64, nil
	}
	return 0, nil
}

// SetLastNotificationTimeToNow is server/pkg/repo/notificationhistory.go:39.
func (repo *NotificationHistoryRepository) SetLastNotificationTimeToNow(userID int64, templateID string) error {
	return repo.SetLastNotificationTimeToNowWithGroup(userID, templateID, "")
}

// SetLastNotificationTimeToNowWithGroup is
// server/pkg/repo/notificationhistory.go:43 (INSERT :51).
func (repo *NotificationHistoryRepository) SetLastNotificationTimeToNowWithGroup(userID int64, templateID string, notificationGroup string) error {
	var groupValue sql.NullString
	if notificationGroup != "" {
		groupValue = sql.NullString{
			String: notificationGroup,
			Valid:  true,
		}
	}
	_, err := repo.DB.Exec(`INSERT INTO notification_history(user_id, template_id, sent_time, notification_group) VALUES($1, $2, $3, $4)`,
		userID, templateID, time.Microseconds(), groupValue)
	return stacktrace.Propagate(err, "")
}
