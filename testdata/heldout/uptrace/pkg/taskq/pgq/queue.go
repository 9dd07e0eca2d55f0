// Package pgq reproduces the PostgreSQL task queue of
// github.com/uptrace/uptrace/pkg/taskq/pgq (table taskq_jobs,
// pkg/bunapp/pgmigrations/20220926100949_init.tx.up.sql:1).
package pgq

import (
	"context"
	"time"

	"example.com/heldout/uptrace/third_party/taskq"
	"example.com/heldout/uptrace/third_party/taskq/backend"
	"example.com/heldout/uptrace/third_party/taskq/backend/jobutil"
	"example.com/heldout/uptrace/third_party/ulid"
	"github.com/uptrace/bun"
)

// Queue reproduces pkg/taskq/pgq/queue.go:17.
type Queue struct {
	opt *taskq.QueueConfig
	db  *bun.DB
}

// Job reproduces pkg/taskq/pgq/queue.go:26.
type Job struct {
	bun.BaseModel `bun:"taskq_jobs,alias:m"`

	ID            ulid.ULID `bun:"type:uuid"`
	Queue         string
	RunAt         time.Time
	ReservedCount int
	ReservedAt    time.Time
	Data          []byte
}

var _ taskq.Queue = (*Queue)(nil)

// NewQueue reproduces pkg/taskq/pgq/queue.go:39.
func NewQueue(db *bun.DB, opt *taskq.QueueConfig) *Queue {
	if opt.WaitTimeout == 0 {
		opt.WaitTimeout = 3 * time.Second
	}
	opt.Init()

	q := &Queue{
		opt: opt,
		db:  db,
	}

	return q
}

// Name reproduces pkg/taskq/pgq/queue.go:53.
func (q *Queue) Name() string {
	return q.opt.Name
}

// AddJob reproduces pkg/taskq/pgq/queue.go:79.
func (q *Queue) AddJob(ctx context.Context, job *taskq.Job) error {
	return q.add(ctx, job)
}

// add reproduces pkg/taskq/pgq/queue.go:83.
func (q *Queue) add(ctx context.Context, job *taskq.Job) error {
	if job.TaskName == "" {
		return backend.ErrTaskNameRequired
	}
	if job.Name != "" && q.isDuplicate(ctx, job) { // safe: the insert below is keyed on a fresh ULID (no row is looked up); the name check is an in-process check-and-mark under localStorage.mu
		job.Err = taskq.ErrDuplicate
		return nil
	}

	data, err := job.MarshalBinary()
	if err != nil {
		return err
	}

	model := &Job{
		Queue: q.Name(),
		Data:  data,
	}
	if job.ID != "" {
		model.ID = ulid.MustParse(job.ID)
	} else {
		model.ID = ulid.Make()
	}
	if job.Delay > 0 {
		model.RunAt = time.Now().Add(job.Delay)
	}

	if _, err := q.db.NewInsert().
		Model(model).
		Exec(ctx); err != nil {
		return err
	}

	job.ID = model.ID.String()
	return nil
}

// isDuplicate reproduces pkg/taskq/pgq/queue.go:120.
func (q *Queue) isDuplicate(ctx context.Context, job *taskq.Job) bool {
	exists := q.opt.Storage.Exists(ctx, jobutil.FullJobName(q, job))
	return exists
}
