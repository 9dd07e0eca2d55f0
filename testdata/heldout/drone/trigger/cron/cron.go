// Package cron is a trimmed copy of github.com/drone/drone/trigger/cron
// (cron.go: Scheduler.run; the commit lookup and logging left out).
package cron

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/pkg/robfig/cron"
)

// New returns a new Cron scheduler.
func New(
	cron core.CronStore,
	repos core.RepositoryStore,
	users core.UserStore,
	trigger core.Triggerer,
) *Scheduler {
	return &Scheduler{
		cron:    cron,
		repos:   repos,
		users:   users,
		trigger: trigger,
	}
}

// Scheduler defines a cron scheduler.
type Scheduler struct {
	cron    core.CronStore
	repos   core.RepositoryStore
	users   core.UserStore
	trigger core.Triggerer
}

func (s *Scheduler) run(ctx context.Context) error {
	var result error

	now := time.Now()
	// not a get-or-create: the due jobs are looked up, cron_next is
	// rewritten (an UPDATE without a version check, store/cron/cron.go:124)
	// and a build is inserted with a fresh number (trigger.Trigger).
	jobs, err := s.cron.Ready(ctx, now.Unix()) // safe: the lookup guards an update of cron_next and a build insert keyed on a fresh counter number, nothing is created under the looked-up key
	if err != nil {
		return err
	}

	for _, job := range jobs {
		// jobs can be manually disabled in the user interface,
		// and should be skipped.
		if job.Disabled {
			continue
		}

		sched, err := cron.Parse(job.Expr)
		if err != nil {
			result = err
			continue
		}

		// calculate the next execution date.
		job.Prev = job.Next
		job.Next = sched.Next(now).Unix()

		err = s.cron.Update(ctx, job)
		if err != nil {
			result = err
			continue
		}

		repo, err := s.repos.Find(ctx, job.RepoID)
		if err != nil {
			result = err
			continue
		}

		if repo.Active == false {
			continue
		}

		hook := &core.Hook{
			Trigger: core.TriggerCron,
			Event:   core.EventCron,
			Ref:     fmt.Sprintf("refs/heads/%s", job.Branch),
			Target:  job.Branch,
			Cron:    job.Name,
		}

		_, err = s.trigger.Trigger(ctx, repo, hook)
		if err != nil {
			result = err
			continue
		}
	}
	return result
}
