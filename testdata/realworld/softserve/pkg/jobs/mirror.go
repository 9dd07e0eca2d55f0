// Package jobs is a reduced copy of pkg/jobs/mirror.go: the periodic
// mirror-pull job (default spec "@every 10m", run by pkg/cron).
package jobs

import (
	"context"

	"example.com/realworld/softserve/pkg/backend"
	"example.com/realworld/softserve/pkg/config"
	"example.com/realworld/softserve/pkg/db"
	"example.com/realworld/softserve/pkg/lfs"
	"example.com/realworld/softserve/pkg/store"
	"example.com/realworld/softserve/third_party/log"
)

type mirrorPull struct {
	// client stands in for lfs.NewClient(lfs.NewEndpoint(<repo lfs.url>)).
	client lfs.Client
}

// Func runs the (pull) mirror job task and implements Runner.
// pkg/jobs/mirror.go:71 (reduced: the git fetch, remote validation and the
// per-CPU work pool are dropped; each mirror repository is handled in turn)
func (m mirrorPull) Func(ctx context.Context) func() {
	cfg := config.FromContext(ctx)
	logger := log.FromContext(ctx).WithPrefix("jobs.mirror")
	b := backend.FromContext(ctx)
	dbx := db.FromContext(ctx)
	datastore := store.FromContext(ctx)
	return func() {
		repos, err := b.Repositories(ctx)
		if err != nil {
			logger.Error("error getting repositories", "err", err)
			return
		}

		for _, repo := range repos {
			if repo.IsMirror() && cfg.LFS.Enabled {
				if err := backend.StoreRepoMissingLFSObjects(ctx, repo, dbx, datastore, m.client); err != nil {
					logger.Error("failed to store missing lfs objects", "err", err)
					return
				}
			}
		}
	}
}
