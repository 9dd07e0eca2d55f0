package cron

import (
	"context"
	"time"

	"example.com/realworld/woodpecker/server"
	"example.com/realworld/woodpecker/server/model"
	"example.com/realworld/woodpecker/server/pipeline"
	"example.com/realworld/woodpecker/server/store"
	"example.com/realworld/woodpecker/third_party/zerolog/log"
)

const (
	// Specifies the interval woodpecker checks for new crons to exec.
	checkTime = time.Minute

	// Specifies the batch size of crons to retrieve per check from database.
	checkItems = 10
)

// Run starts the cron scheduler loop (server/cron/cron.go:41). Each tick
// starts a goroutine, so two ticks (or two server processes) can work on
// the same due cron.
func Run(ctx context.Context, store store.Store, configService pipeline.ConfigFetcher) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(checkTime):
			go func() {
				now := time.Now()
				log.Trace().Msg("cron: fetch next crons")

				crons, err := store.CronListNextExecute(now.Unix(), checkItems) // safe: every due cron is claimed with CronGetLock, an atomic compare-and-set UPDATE ... WHERE next_exec = <old>, before its pipeline is created; the pipeline row is keyed on a fresh number
				if err != nil {
					log.Error().Err(err).Int64("now", now.Unix()).Msg("obtain cron list")
					return
				}

				for _, cron := range crons {
					if err := runCron(ctx, store, configService, cron, now); err != nil {
						log.Error().Err(err).Int64("cronID", cron.ID).Msg("run cron failed")
					}
				}
			}()
		}
	}
}

// runCron is server/cron/cron.go:93 (the schedule parsing of CalcNewNext is
// reduced to one minute).
func runCron(ctx context.Context, store store.Store, configService pipeline.ConfigFetcher, cron *model.Cron, now time.Time) error {
	log.Trace().Msgf("cron: run id[%d]", cron.ID)

	newNext := now.Add(time.Minute)

	// try to get lock on cron
	gotLock, err := store.CronGetLock(cron, newNext.Unix())
	if err != nil {
		return err
	}
	if !gotLock {
		// another go routine caught it
		return nil
	}

	repo, newPipeline, err := CreatePipeline(ctx, store, cron)
	if err != nil {
		return err
	}

	_forge, err := server.Config.Services.Manager.ForgeFromRepo(repo)
	if err != nil {
		return err
	}

	_, err = pipeline.Create(ctx, store, _forge, configService, repo, newPipeline)
	return err
}

// CreatePipeline is server/cron/cron.go:120.
func CreatePipeline(ctx context.Context, store store.Store, cron *model.Cron) (*model.Repo, *model.Pipeline, error) {
	repo, err := store.GetRepo(cron.RepoID)
	if err != nil {
		return nil, nil, err
	}

	_forge, err := server.Config.Services.Manager.ForgeFromRepo(repo)
	if err != nil {
		return nil, nil, err
	}

	if cron.Branch == "" {
		// fallback to the repos default branch
		cron.Branch = repo.Branch
	}

	repoUser, err := store.GetUser(repo.UserID)
	if err != nil {
		return nil, nil, err
	}

	commit, err := _forge.BranchHead(ctx, repoUser, repo, cron.Branch)
	if err != nil {
		return nil, nil, err
	}

	return repo, &model.Pipeline{
		Event:               model.EventCron,
		Commit:              commit.SHA,
		Ref:                 "refs/heads/" + cron.Branch,
		Branch:              cron.Branch,
		Timestamp:           cron.NextExec,
		Cron:                cron.Name,
		ForgeURL:            commit.ForgeURL,
		AdditionalVariables: cron.Variables,
	}, nil
}
