// Package river is a minimal stand-in for github.com/riverqueue/river (the
// job queue goalert runs its engine modules on; jobs live in the river_job
// table). Only the API shape used by the reproduced engine modules is
// provided; nothing here talks to a database.
package river

import (
	"context"
	"errors"
	"time"
)

// JobArgs mirrors river.JobArgs.
type JobArgs interface {
	Kind() string
}

// Job mirrors river.Job.
type Job[T JobArgs] struct {
	ID      int64
	Attempt int
	Args    T
}

// UniqueOpts mirrors river.UniqueOpts.
type UniqueOpts struct {
	ByArgs   bool
	ByPeriod time.Duration
}

// InsertOpts mirrors river.InsertOpts.
type InsertOpts struct {
	MaxAttempts int
	Priority    int
	Queue       string
	ScheduledAt time.Time
	UniqueOpts  UniqueOpts
}

// JobInsertResult mirrors rivertype.JobInsertResult.
type JobInsertResult struct {
	UniqueSkippedAsDuplicate bool
}

// Client mirrors river.Client.
type Client[TTx any] struct{}

// InsertTx mirrors river.Client.InsertTx.
func (c *Client[TTx]) InsertTx(ctx context.Context, tx TTx, args JobArgs, opts *InsertOpts) (*JobInsertResult, error) {
	return &JobInsertResult{}, nil
}

// QueueConfig mirrors river.QueueConfig.
type QueueConfig struct {
	MaxWorkers int
}

// JobSnooze mirrors river.JobSnooze.
func JobSnooze(d time.Duration) error { return errors.New("snooze") }
