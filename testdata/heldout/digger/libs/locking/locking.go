package locking

// Reproduces libs/locking/locking.go:1-217 of diggerhq/digger at
// 9b9539be7bb7cea946f0f3e20cdffc4b59324f0f verbatim (the cloud lock
// providers of GetLock :231 and below are not reproduced).

import (
	"fmt"
	"log/slog"
	"strconv"

	"example.com/heldout/digger/libs/ci"

	"example.com/heldout/digger/libs/comment_utils/reporting"
)

type PullRequestLock struct {
	InternalLock     Lock
	CIService        ci.PullRequestService
	Reporter         reporting.Reporter
	ProjectName      string
	ProjectNamespace string
	PrNumber         int
}

type NoOpLock struct {
}

func (noOpLock NoOpLock) Lock(transactionId int, resource string) (bool, error) {
	return true, nil
}

func (noOpLock NoOpLock) Unlock(resource string) (bool, error) {
	return true, nil
}

func (noOpLock NoOpLock) GetLock(resource string) (*int, error) {
	return nil, nil
}

func (projectLock *PullRequestLock) Lock() (bool, error) {
	lockId := projectLock.LockId()
	slog.Info("Attempting to acquire lock", "lockId", lockId)

	noHangingLocks, err := projectLock.verifyNoHangingLocks()
	if err != nil {
		return false, err
	}

	if !noHangingLocks {
		return false, nil
	}

	// Site R5: nil (no digger_locks row for the resource) -> InternalLock.Lock -> BackendDBLock.Lock ->
	// CreateDiggerLock (Save of a new row). Two PR events for the same project (two PRs, or two
	// events of one PR) both see nil and both insert; both callers then believe they hold the lock.
	existingLockTransactionId, err := projectLock.InternalLock.GetLock(lockId) // race; no unique key: digger_locks has only the non-unique idx_digger_locked_resource (resource) and idx_digger_lock_id (lock_id, organisation_id) (20240530074832.sql:14, 20250812035039.sql:2; locking.go tags)
	if err != nil {
		slog.Error("Failed to get lock", "lockId", lockId, "error", err)
		return false, err
	}

	if existingLockTransactionId != nil {
		if *existingLockTransactionId == projectLock.PrNumber {
			return true, nil
		} else {
			transactionIdStr := strconv.Itoa(*existingLockTransactionId)
			comment := "Project " + projectLock.projectId() + " locked by another PR #" + transactionIdStr + " (failed to acquire lock " + projectLock.ProjectNamespace + "). The locking plan must be applied or discarded before future plans can execute"

			reportLockingFailed(projectLock.Reporter, comment)
			return false, fmt.Errorf("%s", comment)
		}
	}

	lockAcquired, err := projectLock.InternalLock.Lock(projectLock.PrNumber, lockId)
	if err != nil {
		return false, err
	}

	_, isNoOpLock := projectLock.InternalLock.(*NoOpLock)

	if lockAcquired && !isNoOpLock {
		slog.Info("Project locked successfully",
			"projectId", projectLock.projectId(),
			"prNumber", projectLock.PrNumber)
	}
	return lockAcquired, nil
}

func reportLockingFailed(r reporting.Reporter, comment string) {
	if r.SupportsMarkdown() {
		_, _, err := r.Report(comment, reporting.AsCollapsibleComment("Locking failed", false))
		if err != nil {
			slog.Error("Failed to publish comment", "error", err)
		}
	} else {
		_, _, err := r.Report(comment, reporting.AsComment("Locking failed"))
		if err != nil {
			slog.Error("Failed to publish comment", "error", err)
		}
	}
}

func (projectLock *PullRequestLock) verifyNoHangingLocks() (bool, error) {
	// TODO: Also include CI type (github, gitlab etc. into this lockID in order to avoid collision across VCS)
	lockId := projectLock.LockId()
	transactionId, err := projectLock.InternalLock.GetLock(lockId)

	if err != nil {
		return false, err
	}

	if transactionId != nil {
		if *transactionId != projectLock.PrNumber {
			isPrClosed, err := projectLock.CIService.IsClosed(*transactionId)
			if err != nil {
				return false, fmt.Errorf("failed to check if PR holding a lock is closed: %w", err)
			}
			if isPrClosed {
				slog.Info("Releasing lock held by closed PR",
					"lockId", lockId,
					"prNumber", *transactionId)
				_, err := projectLock.InternalLock.Unlock(lockId)
				if err != nil {
					return false, fmt.Errorf("failed to unlock a lock acquired by closed PR %v: %w", transactionId, err)
				}
				return true, nil
			}
			transactionIdStr := strconv.Itoa(*transactionId)
			comment := "Project " + projectLock.projectId() + " locked by another PR #" + transactionIdStr + "(failed to acquire lock " + projectLock.ProjectName + "). The locking plan must be applied or discarded before future plans can execute"
			reportLockingFailed(projectLock.Reporter, comment)
			return false, fmt.Errorf("%s", comment)
		}
		return true, nil
	}
	return true, nil
}

func (projectLock *PullRequestLock) Unlock() (bool, error) {
	lockId := projectLock.LockId()
	slog.Info("Attempting to release lock", "lockId", lockId)

	lock, err := projectLock.InternalLock.GetLock(lockId) // safe: the lookup only guards a delete (InternalLock.Unlock deletes every row of the resource); nothing is inserted
	if err != nil {
		return false, err
	}

	if lock != nil {
		transactionId := *lock
		if projectLock.PrNumber == transactionId {
			lockReleased, err := projectLock.InternalLock.Unlock(lockId)
			if err != nil {
				return false, err
			}
			if lockReleased {
				comment := "Project unlocked (" + projectLock.projectId() + ")."
				reportSuccessfulUnlocking(projectLock.Reporter, comment)

				slog.Info("Project unlocked successfully", "projectId", projectLock.projectId())
				return true, nil
			}
		}
	}
	return false, nil
}

func reportSuccessfulUnlocking(r reporting.Reporter, comment string) {
	if r.SupportsMarkdown() {
		_, _, err := r.Report(comment, reporting.AsCollapsibleComment("Unlocking successful", false))
		if err != nil {
			slog.Error("Failed to publish comment", "error", err)
		}
	} else {
		_, _, err := r.Report(comment, reporting.AsComment("Unlocking successful"))
		if err != nil {
			slog.Error("Failed to publish comment", "error", err)
		}
	}
}

func (projectLock *PullRequestLock) ForceUnlock() error {
	lockId := projectLock.LockId()
	slog.Info("Force unlocking", "lockId", lockId)

	lock, err := projectLock.InternalLock.GetLock(lockId)
	if err != nil {
		return err
	}
	if lock != nil {
		lockReleased, err := projectLock.InternalLock.Unlock(lockId)
		if err != nil {
			return err
		}

		if lockReleased {
			comment := "Project unlocked (" + projectLock.projectId() + ")."
			reportSuccessfulUnlocking(projectLock.Reporter, comment)
			slog.Info("Project force unlocked successfully", "projectId", projectLock.projectId())
		}
		return nil
	}
	return nil
}

func (projectLock *PullRequestLock) projectId() string {
	return projectLock.ProjectNamespace + "#" + projectLock.ProjectName
}

func (projectLock *PullRequestLock) LockId() string {
	return projectLock.ProjectNamespace + "#" + projectLock.ProjectName
}
