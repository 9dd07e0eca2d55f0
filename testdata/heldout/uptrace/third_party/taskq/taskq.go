// Package taskq is a stand-in for the API subset of
// github.com/vmihailenco/taskq/v4 used by uptrace.
package taskq

import (
	"context"
	"errors"
	"time"
)

// ErrDuplicate is set on a job that was deduplicated by name.
var ErrDuplicate = errors.New("taskq: message with such name already exists")

// Storage remembers the names of recently added jobs.
type Storage interface {
	Exists(ctx context.Context, key string) bool
}

// QueueConfig configures a queue.
type QueueConfig struct {
	Name        string
	WaitTimeout time.Duration
	Storage     Storage
}

func (opt *QueueConfig) Init() {}

// Queue is a job queue.
type Queue interface {
	Name() string
	AddJob(ctx context.Context, job *Job) error
}

// Job is a queued job.
type Job struct {
	ID       string
	Name     string
	TaskName string
	Args     []any
	Delay    time.Duration
	Err      error
}

// OnceInPeriod sets the job name so that the job is added at most once per period.
func (j *Job) OnceInPeriod(period time.Duration, args ...any) {
	j.Name = j.TaskName + period.String()
}

func (j *Job) MarshalBinary() ([]byte, error) { return nil, nil }

// Task is a registered task.
type Task struct {
	name    string
	handler any
}

func NewTask(name string, handler any) *Task { return &Task{name: name, handler: handler} }

func (t *Task) NewJob(args ...any) *Job { return &Job{TaskName: t.name, Args: args} }
