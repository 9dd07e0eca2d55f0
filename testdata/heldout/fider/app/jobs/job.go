// Package jobs reproduces github.com/getfider/fider/app/jobs (job.go and
// job_settings.go, logging trimmed).
package jobs

import (
	"context"
	"time"

	"example.com/heldout/fider/app"
	"example.com/heldout/fider/app/pkg/dbx"
)

type Handler interface {
	Run(ctx Context) error
	Schedule() string
}

type fiderJob struct {
	Name    string
	Handler Handler
}

func NewJob(ctx context.Context, name string, handler Handler) (string, fiderJob) {
	schedule := handler.Schedule()
	return schedule, fiderJob{Name: name, Handler: handler}
}

func (j fiderJob) Run() {
	locked := false
	unlock := func() {}

	ctx, trx, err := newJobContext()
	if err != nil {
		return
	}

	start := time.Now()
	// upstream job.go:45 reads system_settings "jobs.<name>.last_successful_run"; the write
	// after the run (setLastSuccessfulRun/setLastFailedRun -> setSystemSettings, system.go:31)
	// is INSERT ... ON CONFLICT (key) DO UPDATE on the system_settings primary key
	ctx.LastSuccessfulRun = getLastSuccessfulRun(ctx, j.Name) // safe: the write is INSERT ... ON CONFLICT (key) DO UPDATE on system_settings (key primary key), and the run is under pg_try_advisory_xact_lock(hash(job name))

	logFinish := func() {
		elapsedMs := time.Since(start).Nanoseconds() / int64(time.Millisecond)

		// Jobs should take at least 1sec before unlocking to avoid double execution
		if elapsedMs <= 1000 {
			wait := time.Duration(1000 - elapsedMs)
			time.Sleep(wait * time.Millisecond)
		}
		unlock()
	}

	defer func() {
		if r := recover(); r != nil {
			logFinish()
			setLastFailedRun(j.Name, start)
			trx.MustRollback()
		}
	}()

	locked, unlock = dbx.TryLock(ctx, trx, j.Name)
	if !locked {
		trx.MustCommit()
		return
	}

	defer logFinish()

	if err := j.Handler.Run(ctx); err != nil {
		setLastFailedRun(j.Name, start)
		trx.MustRollback()
	} else {
		setLastSuccessfulRun(j.Name, start)
		trx.MustCommit()
	}
}

func newJobContext() (Context, *dbx.Trx, error) {
	ctx := context.Background()

	trx, err := dbx.BeginTx(ctx)
	if err != nil {
		return Context{Context: ctx}, nil, err
	}

	ctx = context.WithValue(ctx, app.TransactionCtxKey, trx)
	return Context{Context: ctx}, trx, nil
}
