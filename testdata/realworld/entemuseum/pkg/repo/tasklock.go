package repo

import (
	"database/sql"

	"example.com/realworld/entemuseum/pkg/utils/time"
	"example.com/realworld/entemuseum/third_party/stacktrace"
)

// TaskLockRepository defines the methods for acquire and release locks
// server/pkg/repo/tasklock.go:12
type TaskLockRepository struct {
	DB *sql.DB
}

// AcquireLock is server/pkg/repo/tasklock.go:16: an upsert on the task_lock
// primary key that only takes an expired lock.
func (repo *TaskLockRepository) AcquireLock(name string, lockUntil int64, lockedBy string) (bool, error) {
	result, err := repo.DB.Exec(
		`INSERT INTO task_lock(task_name, lock_until, locked_at, locked_by) VALUES($1, $2, $3, $4) 
		ON CONFLICT ON CONSTRAINT task_lock_pkey DO UPDATE SET lock_until = $2, locked_at = $3, locked_by = $4 
		where task_lock.lock_until < $3`, name, lockUntil, time.Microseconds(), lockedBy)
	if err != nil {
		return false, stacktrace.Propagate(err, "")
	}

	rowsAffected, err := result.RowsAffected()
	if err != nil {
		return false, stacktrace.Propagate(err, "")
	}

	return rowsAffected == 1, nil
}

// ReleaseLock is server/pkg/repo/tasklock.go.
func (repo *TaskLockRepository) ReleaseLock(name string) error {
	_, err := repo.DB.Exec(`DELETE FROM task_lock WHERE task_name = $1`, name)
	return stacktrace.Propagate(err, "")
}
