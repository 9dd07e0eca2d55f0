package models

import (
	"strings"

	"xorm.io/builder"
	"xorm.io/xorm"
	"xorm.io/xorm/schemas"

	"example.com/realworld/vikunja/db"
)

// ProjectView is pkg/models/project_view.go:157 (trimmed).
type ProjectView struct {
	ID              int64  `xorm:"autoincr not null unique pk" json:"id" param:"view" readOnly:"true"`
	Title           string `xorm:"varchar(255) not null" json:"title" valid:"required,runelength(1|250)" minLength:"1" maxLength:"250"`
	ProjectID       int64  `xorm:"not null index" json:"project_id" param:"project" readOnly:"true"`
	DefaultBucketID int64  `xorm:"bigint INDEX null" json:"default_bucket_id"`
}

// TableName is pkg/models/project_view.go.
func (*ProjectView) TableName() string {
	return "project_views"
}

// taskNotDeletedCond is pkg/models/tasks.go:194.
func taskNotDeletedCond(tableName string) builder.Cond {
	return builder.IsNull{tableName + ".deleted_at"}
}

// addTasksToView is pkg/models/project_view.go:501 (createProjectView and
// the view update): the tasks without a task_buckets row in the view are
// selected, then inserted with insertTaskBuckets.
func addTasksToView(s *xorm.Session, pv *ProjectView, bucketID int64) (added int, err error) {
	taskIDs, err := tasksWithoutBucketInView(s, pv) // safe: the insert is INSERT ... ON CONFLICT (task_id, project_view_id) DO NOTHING
	if err != nil {
		return 0, err
	}

	if err = insertTaskBuckets(s, pv.ID, bucketID, taskIDs); err != nil {
		return 0, err
	}

	return len(taskIDs), nil
}

// insertTaskBuckets is pkg/models/project_view.go:519: places tasks in a
// bucket, keeping rows whose (task_id, project_view_id) pair already exists.
func insertTaskBuckets(s *xorm.Session, viewID, bucketID int64, taskIDs []int64) (err error) {
	// Keep statements well below the parameter limits of all supported databases.
	const batchSize = 100

	var onConflict string
	if db.Type() == schemas.MYSQL {
		// The self-assignment is a no-op update which only ignores duplicate
		// keys, unlike INSERT IGNORE which would swallow unrelated errors too.
		onConflict = "ON DUPLICATE KEY UPDATE bucket_id = bucket_id"
	} else {
		onConflict = "ON CONFLICT (task_id, project_view_id) DO NOTHING"
	}

	// Raw SQL bypasses xorm's bean-based table-name handling, so qualify the
	// table ourselves to honor a configured postgres schema (database.schema).
	table := s.Engine().TableName(&TaskBucket{}, true)

	for start := 0; start < len(taskIDs); start += batchSize {
		batch := taskIDs[start:min(start+batchSize, len(taskIDs))]

		placeholders := make([]string, 0, len(batch))
		args := make([]interface{}, 1, len(batch)*3+1)
		for _, taskID := range batch {
			placeholders = append(placeholders, "(?, ?, ?)")
			args = append(args, taskID, bucketID, viewID)
		}

		args[0] = "INSERT INTO " + table + " (task_id, bucket_id, project_view_id) VALUES " + strings.Join(placeholders, ", ") + " " + onConflict

		_, err = s.Exec(args...)
		if err != nil {
			return err
		}
	}

	return nil
}

// tasksWithoutBucketInView is pkg/models/project_view.go:557 (saved filter
// branch trimmed).
func tasksWithoutBucketInView(s *xorm.Session, pv *ProjectView) (taskIDs []int64, err error) {
	return taskIDsWithoutBucketInView(s, pv.ID, builder.Eq{"tasks.project_id": pv.ProjectID}, false)
}

// taskIDsWithoutBucketInView is pkg/models/project_view.go:605.
func taskIDsWithoutBucketInView(s *xorm.Session, viewID int64, cond builder.Cond, joinTaskBuckets bool) (taskIDs []int64, err error) {
	taskIDs = []int64{}
	query := s.Table("tasks")
	// convertFiltersToDBFilterCond resolves bucket_id against task_buckets, which
	// is only in scope through this join.
	if joinTaskBuckets {
		query = query.Join("LEFT", "task_buckets", "task_buckets.task_id = tasks.id AND task_buckets.project_view_id = ?", viewID)
	}

	err = query.
		Where(cond).
		And(taskNotDeletedCond("tasks")).
		And(builder.NotIn("tasks.id", builder.
			Select("task_id").
			From("task_buckets").
			Where(builder.Eq{"project_view_id": viewID}))).
		Cols("tasks.id").
		Find(&taskIDs)
	return
}
