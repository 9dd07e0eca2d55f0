// Package email is a reduced copy of museum pkg/controller/email.
package email

import (
	"log"
	"strconv"

	"example.com/realworld/entemuseum/ente"
	"example.com/realworld/entemuseum/pkg/controller/lock"
	"example.com/realworld/entemuseum/pkg/repo"
	"example.com/realworld/entemuseum/pkg/utils/email"
	"example.com/realworld/entemuseum/pkg/utils/time"
)

const (
	StorageLimitExceededMailLock   = "storage_limit_exceeded_mail_lock"
	StorageLimitExceededTemplateID = "storage_limit_exceeded"
	StorageLimitExceededTemplate   = "storage_limit_exceeded.html"

	FilesCollectedTemplate   = "files_collected.html"
	FilesCollectedTemplateID = "files_collected"
	FilesCollectedSubject    = "You've got photos!"

	FilesCollectedMuteDurationInMinutes = 10

	StorageLimitExceededSubject = "[Alert] You have exceeded your storage limit"
)

// EmailNotificationController is server/pkg/controller/email/email_notification.go:51.
type EmailNotificationController struct {
	UserRepo                           *repo.UserRepository
	LockController                     *lock.LockController
	NotificationHistoryRepo            *repo.NotificationHistoryRepository
	isSendingStorageLimitExceededMails bool
	// GetUsersWithExceedingStorages stands in for
	// UserRepository.GetUsersWithExceedingStorages (percentage of the plan).
	GetUsersWithExceedingStorages func(percentage int64) ([]ente.User, error)
}

// OnFilesCollected is server/pkg/controller/email/email_notification.go:111:
// the last-notification check (:116) runs before the per-user lock is taken
// (:129), and the history row is inserted at :140. Its only call sites
// (public collection CreateFile) are commented out upstream.
func (c *EmailNotificationController) OnFilesCollected(userID int64) {
	user, err := c.UserRepo.Get(userID)
	if err != nil {
		return
	}
	lastNotificationTime, err := c.NotificationHistoryRepo.GetLastNotificationTime(userID, FilesCollectedTemplateID) // race; no unique key: notification_history has no primary key or unique index (17_add_notification_history_table.up.sql)
	if err != nil {
		log.Printf("Could not fetch last notification time: %v", err)
		return
	}
	if lastNotificationTime > time.MicrosecondsAfterMinutes(-FilesCollectedMuteDurationInMinutes) {
		log.Printf("Not notifying user about a collected file")
		return
	}
	lockName := "files_collected_" + strconv.FormatInt(userID, 10)
	lockStatus := c.LockController.TryLock(lockName, time.MicrosecondsAfterMinutes(FilesCollectedMuteDurationInMinutes))
	if !lockStatus {
		log.Printf("Could not acquire lock to send file collected mails")
		return
	}
	defer c.LockController.ReleaseLock(lockName)
	err = email.SendTemplatedEmail([]string{user.Email}, "team@ente.io", "team@ente.io", FilesCollectedSubject, FilesCollectedTemplate, nil, nil)
	if err != nil {
		log.Printf("Error sending files collected email: %v", err)
	}
	c.NotificationHistoryRepo.SetLastNotificationTimeToNow(userID, FilesCollectedTemplateID)
}

// SendStorageAlerts is server/pkg/controller/email/email_notification.go:169
// (a cron job): TryLock(StorageLimitExceededMailLock) (:176), then per user
// the last-notification check (:216) and the history insert (:233).
func (c *EmailNotificationController) SendStorageAlerts() {
	if c.isSendingStorageLimitExceededMails {
		log.Printf("Skipping sending storage limit exceeded mails as another instance is still running")
		return
	}
	c.setStorageLimitExceededMailerJobStatus(true)
	defer c.setStorageLimitExceededMailerJobStatus(false)
	lockStatus := c.LockController.TryLock(StorageLimitExceededMailLock, time.MicrosecondsAfterHours(24))
	if !lockStatus {
		log.Printf("Could not acquire lock to send storage limit exceeded mails")
		return
	}
	defer c.LockController.ReleaseLock(StorageLimitExceededMailLock)

	notifs := []struct {
		getListofSubscribers func() ([]ente.User, error)
		template             string
		subject              string
	}{
		{
			getListofSubscribers: func() ([]ente.User, error) {
				return c.GetUsersWithExceedingStorages(90)
			},
			template: StorageLimitExceededTemplate,
			subject:  StorageLimitExceededTemplate,
		},
		{
			getListofSubscribers: func() ([]ente.User, error) {
				return c.GetUsersWithExceedingStorages(100)
			},
			template: StorageLimitExceededTemplate,
			subject:  StorageLimitExceededSubject,
		},
	}
	for _, notification := range notifs {
		users, err := notification.getListofSubscribers()
		if err != nil {
			log.Printf("Failed to get list of users: %v", err)
			continue
		}
		for _, u := range users {
			lastNotificationTime, err := c.NotificationHistoryRepo.GetLastNotificationTime(u.ID, StorageLimitExceededTemplateID) // safe: the whole job runs under the task_lock row taken by TryLock(StorageLimitExceededMailLock) above, one instance at a time
			if err != nil {
				log.Printf("Could not fetch last notification time: %v", err)
				continue
			}
			if lastNotificationTime > 0 {
				continue
			}
			err = email.SendTemplatedEmail([]string{u.Email}, "team@ente.io", "team@ente.io", notification.subject, notification.template, nil, nil)
			if err != nil {
				log.Printf("Error notifying: %v", err)
				continue
			}
			c.NotificationHistoryRepo.SetLastNotificationTimeToNow(u.ID, StorageLimitExceededTemplateID)
		}
	}
}

func (c *EmailNotificationController) setStorageLimitExceededMailerJobStatus(isSending bool) {
	c.isSendingStorageLimitExceededMails = isSending
}
