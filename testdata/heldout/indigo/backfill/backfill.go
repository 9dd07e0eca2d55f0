// Package backfill reproduces, trimmed, indigo backfill (the repo backfill
// library; its gorm job store is in gormstore.go).
package backfill

import (
	"context"
	"errors"
	"fmt"

	"example.com/heldout/indigo/repomgr"
)

// Job is an interface for a backfill job
//
// Job reproduces backfill/backfill.go:29 (FlushBufferedOps trimmed).
type Job interface {
	Repo() string
	State() string
	Rev() string
	SetState(ctx context.Context, state string) error
	SetRev(ctx context.Context, rev string) error
	RetryCount() int

	// BufferOps buffers the given operations and returns true if the operations
	// were buffered.
	// The given operations move the repo from since to rev.
	BufferOps(ctx context.Context, since *string, rev string, ops []*BufferedOp) (bool, error)

	ClearBufferedOps(ctx context.Context) error
}

// Store is an interface for a backfill store which holds Jobs
//
// Store reproduces backfill/backfill.go:51.
type Store interface {
	// BufferOp buffers an operation for a job and returns true if the operation was buffered
	// If the operation was not buffered, it returns false and an error (ErrJobNotFound or ErrJobComplete)
	GetJob(ctx context.Context, repo string) (Job, error)
	GetNextEnqueuedJob(ctx context.Context) (Job, error)
	UpdateRev(ctx context.Context, repo, rev string) error

	EnqueueJob(ctx context.Context, repo string) error
	EnqueueJobWithState(ctx context.Context, repo string, state string) error

	PurgeRepo(ctx context.Context, repo string) error
}

// Backfiller reproduces backfill/backfill.go:65 (trimmed).
type Backfiller struct {
	Name  string
	Store Store
}

var (
	// StateEnqueued is the state of a backfill job when it is first created
	StateEnqueued = "enqueued"
	// StateInProgress is the state of a backfill job when it is being processed
	StateInProgress = "in_progress"
	// StateComplete is the state of a backfill job when it has been processed
	StateComplete = "complete"
)

// ErrJobComplete is returned when trying to buffer an op for a job that is complete
var ErrJobComplete = errors.New("job is complete")

// ErrJobNotFound is returned when trying to buffer an op for a job that doesn't exist
var ErrJobNotFound = errors.New("job not found")

// ErrEventGap is returned when an event is received with a since that doesn't match the current rev
var ErrEventGap = fmt.Errorf("buffered event revs did not line up")

// ErrAlreadyProcessed is returned when attempting to buffer an event that has already been accounted for (rev older than current)
var ErrAlreadyProcessed = fmt.Errorf("event already accounted for")

// MaxRetries is the maximum number of times to retry a backfill job (backfill.go:744)
var MaxRetries = 10

// A BufferedOp is an operation buffered while a repo is being backfilled.
//
// BufferedOp reproduces backfill/memstore.go:14 (Record/Cid trimmed).
type BufferedOp struct {
	// Kind describes the type of operation.
	Kind repomgr.EventKind
	// Path contains the path the operation applies to.
	Path string
}

type opSet struct {
	since *string
	rev   string
	ops   []*BufferedOp
}

// BufferOps reproduces backfill/backfill.go:722 (lookup :723, create call
// :728). Called by HandleEvent (:677) for every firehose commit.
func (bf *Backfiller) BufferOps(ctx context.Context, repo string, since *string, rev string, ops []*BufferedOp) (bool, error) {
	j, err := bf.Store.GetJob(ctx, repo) // safe: the create goes through Store.EnqueueJob -> Gormstore.GetOrCreateJob, which treats gorm.ErrDuplicatedKey on gorm_db_jobs.repo (unique) as found and re-reads the job; the re-lookup below then finds it
	if err != nil {
		if !errors.Is(err, ErrJobNotFound) {
			return false, err
		}
		if qerr := bf.Store.EnqueueJob(ctx, repo); qerr != nil {
			return false, fmt.Errorf("failed to enqueue job for unknown repo: %w", qerr)
		}

		nj, err := bf.Store.GetJob(ctx, repo)
		if err != nil {
			return false, err
		}

		j = nj
	}

	return j.BufferOps(ctx, since, rev, ops)
}
