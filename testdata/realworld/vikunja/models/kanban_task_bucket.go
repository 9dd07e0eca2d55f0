package models

import (
	"xorm.io/xorm"
	"xorm.io/xorm/schemas"

	"example.com/realworld/vikunja/db"
	"example.com/realworld/vikunja/web"
)

// TaskBucket is pkg/models/kanban_task_bucket.go:33.
type TaskBucket struct {
	BucketID int64 `xorm:"bigint not null index" json:"bucket_id" param:"bucket"`
	// The task which belongs to the bucket. Together with ProjectViewID
	// this field is part of a unique index to prevent duplicates.
	TaskID int64 `xorm:"bigint not null index unique(task_view)" json:"task_id"`
	// The view this bucket belongs to. Combined with TaskID this forms a
	// unique index.
	ProjectViewID int64 `xorm:"bigint not null index unique(task_view)" json:"project_view_id" param:"view"`
	ProjectID     int64 `xorm:"-" json:"-" param:"project"`

	web.Permissions `xorm:"-" json:"-"`
	web.CRUDable    `xorm:"-" json:"-"`
}

// TableName is pkg/models/kanban_task_bucket.go.
func (b *TaskBucket) TableName() string {
	return "task_buckets"
}

// upsert is pkg/models/kanban_task_bucket.go:70.
func (b *TaskBucket) upsert(s *xorm.Session) (err error) {
	// A native upsert moves the task in one atomic statement, without
	// depending on the affected-row count (MySQL/MariaDB report 0 affected
	// rows for an unchanged value).
	onConflict := "ON CONFLICT (task_id, project_view_id) DO UPDATE SET bucket_id = excluded.bucket_id"
	if db.Type() == schemas.MYSQL {
		onConflict = "ON DUPLICATE KEY UPDATE bucket_id = VALUES(bucket_id)"
	}

	// Raw SQL bypasses xorm's bean-based table-name handling, so qualify the
	// table ourselves to honor a configured postgres schema (database.schema).
	table := s.Engine().TableName(b, true)
	query := "INSERT INTO " + table + " (task_id, project_view_id, bucket_id) VALUES (?, ?, ?) " + onConflict
	_, err = s.Exec(query, b.TaskID, b.ProjectViewID, b.BucketID)
	return
}

// updateTaskBucket is pkg/models/kanban_task_bucket.go:88 (POST
// /projects/{project}/views/{view}/buckets/{bucket}/tasks): the current
// bucket row is read, then the move is written with upsert (view, bucket
// limit and done-bucket handling trimmed).
func updateTaskBucket(s *xorm.Session, a web.Auth, b *TaskBucket) (err error) {
	oldTaskBucket := &TaskBucket{}
	_, err = s. // safe: the write is an atomic upsert (INSERT ... ON CONFLICT (task_id, project_view_id) DO UPDATE)
			Where("task_id = ? AND project_view_id = ?", b.TaskID, b.ProjectViewID).
			Get(oldTaskBucket)
	if err != nil {
		return
	}

	if oldTaskBucket.BucketID == b.BucketID {
		// no need to do anything
		return
	}

	return b.upsert(s)
}
