// Package trigger is a trimmed copy of github.com/drone/drone/trigger
// (trigger.go: Trigger; config fetch, yaml parsing, dag and status
// left out).
package trigger

import (
	"context"
	"time"

	"example.com/heldout/drone/core"
)

type triggerer struct {
	builds core.BuildStore
	repos  core.RepositoryStore
	users  core.UserStore
}

// New returns a new build triggerer.
func New(builds core.BuildStore, repos core.RepositoryStore, users core.UserStore) core.Triggerer {
	return &triggerer{
		builds: builds,
		repos:  repos,
		users:  users,
	}
}

func (t *triggerer) Trigger(ctx context.Context, repo *core.Repository, base *core.Hook) (*core.Build, error) {
	user, err := t.users.Find(ctx, repo.UserID)
	if err != nil {
		return nil, err
	}

	if user.Active == false {
		return nil, nil
	}

	// the build number comes from the repo counter, bumped by an
	// optimistic-locked UPDATE (repo_version) retried until it wins, so every
	// caller gets its own number; UNIQUE(build_repo_id, build_number) is never hit.
	repo, err = t.repos.Increment(ctx, repo) // safe: fresh build number claimed by an optimistic-lock (repo_version) counter increment; the insert is keyed on it
	if err != nil {
		return nil, err
	}

	build := &core.Build{
		RepoID:  repo.ID,
		Trigger: base.Trigger,
		Number:  repo.Counter,
		Status:  core.StatusPending,
		Event:   base.Event,
		After:   base.After,
		Ref:     base.Ref,
		Target:  base.Target,
		Created: time.Now().Unix(),
		Updated: time.Now().Unix(),
	}

	stages := []*core.Stage{{
		RepoID: repo.ID,
		Number: 1,
		Name:   "default",
		Status: core.StatusPending,
	}}

	err = t.builds.Create(ctx, build, stages)
	if err != nil {
		return nil, err
	}
	return build, nil
}
