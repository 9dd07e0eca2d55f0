// Package lock is a reduced copy of museum pkg/controller/lock.
package lock

import (
	"log"

	"example.com/realworld/entemuseum/pkg/repo"
)

// LockController exposes functions to obtain locks before entering critical sections
// server/pkg/controller/lock/lock.go:12
type LockController struct {
	TaskLockingRepo *repo.TaskLockRepository
	HostName        string
}

// TryLock is server/pkg/controller/lock/lock.go:28: false if the task_lock
// row is held and not expired.
func (c *LockController) TryLock(lockID string, lockUntil int64) bool {
	lockStatus, err := c.TaskLockingRepo.AcquireLock(lockID, lockUntil, c.HostName)
	if err != nil || !lockStatus {
		return false
	}
	return true
}

// ReleaseLock releases a lock that was obtained earlier using TryLock.
func (c *LockController) ReleaseLock(lockID string) {
	err := c.TaskLockingRepo.ReleaseLock(lockID)
	if err != nil {
		log.Printf("Error while releasing lock %v: %s", lockID, err)
	}
}
