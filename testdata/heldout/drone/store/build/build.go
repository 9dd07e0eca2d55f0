// Package build is a trimmed copy of github.com/drone/drone/store/build
// (build.go and scan.go; column lists shortened).
package build

import (
	"context"
	"regexp"
	"time"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/store/shared/db"
)

// regular expression to extract the pull request number
// from the git ref (e.g. refs/pulls/{d}/head)
var pr = regexp.MustCompile("\\d+")

// New returns a new Buildcore.
func New(db *db.DB) core.BuildStore {
	return &buildStore{db}
}

type buildStore struct {
	db *db.DB
}

// FindNumber returns a build from the datastore by build number.
func (s *buildStore) FindNumber(ctx context.Context, repo, number int64) (*core.Build, error) {
	out := &core.Build{Number: number, RepoID: repo}
	err := s.db.View(func(queryer db.Queryer, binder db.Binder) error {
		params := toParams(out)
		query, args, err := binder.BindNamed(queryNumber, params)
		if err != nil {
			return err
		}
		row := queryer.QueryRow(query, args...)
		return scanRow(row, out)
	})
	return out, err
}

// Create persists a build to the datacore.
func (s *buildStore) Create(ctx context.Context, build *core.Build, stages []*core.Stage) error {
	var err error
	switch s.db.Driver() {
	case db.Postgres:
		err = s.createPostgres(ctx, build, stages)
	default:
		err = s.create(ctx, build, stages)
	}
	if err != nil {
		return err
	}
	var event, name string
	switch build.Event {
	case core.EventPullRequest:
		event = "pull_request"
		name = pr.FindString(build.Ref)
	case core.EventPush:
		event = "branch"
		name = build.Target
	case core.EventPromote, core.EventRollback:
		event = "deployment"
		name = build.Deploy
	default:
		return nil
	}
	return s.index(ctx, build.ID, build.RepoID, event, name)
}

func (s *buildStore) create(ctx context.Context, build *core.Build, stages []*core.Stage) error {
	build.Version = 1
	return s.db.Update(func(execer db.Execer, binder db.Binder) error {
		params := toParams(build)
		stmt, args, err := binder.BindNamed(stmtInsert, params)
		if err != nil {
			return err
		}
		res, err := execer.Exec(stmt, args...)
		if err != nil {
			return err
		}
		build.ID, err = res.LastInsertId()
		if err != nil {
			return err
		}

		for _, stage := range stages {
			stage.Version = 1
			stage.BuildID = build.ID
			params := toStageParams(stage)
			stmt, args, err := binder.BindNamed(stmtStageInsert, params)
			if err != nil {
				return err
			}
			res, err := execer.Exec(stmt, args...)
			if err != nil {
				return err
			}
			stage.ID, err = res.LastInsertId()
		}
		return err
	})
}

func (s *buildStore) createPostgres(ctx context.Context, build *core.Build, stages []*core.Stage) error {
	build.Version = 1
	return s.db.Update(func(execer db.Execer, binder db.Binder) error {
		params := toParams(build)
		stmt, args, err := binder.BindNamed(stmtInsertPg, params)
		if err != nil {
			return err
		}
		err = execer.QueryRow(stmt, args...).Scan(&build.ID)
		if err != nil {
			return err
		}

		for _, stage := range stages {
			stage.Version = 1
			stage.BuildID = build.ID
			params := toStageParams(stage)
			stmt, args, err := binder.BindNamed(stmtStageInsertPg, params)
			if err != nil {
				return err
			}
			err = execer.QueryRow(stmt, args...).Scan(&stage.ID)
			if err != nil {
				return err
			}
		}
		return err
	})
}

func (s *buildStore) index(ctx context.Context, build, repo int64, event, name string) error {
	return s.db.Lock(func(execer db.Execer, binder db.Binder) error {
		params := map[string]interface{}{
			"latest_repo_id":  repo,
			"latest_build_id": build,
			"latest_type":     event,
			"latest_name":     name,
			"latest_created":  time.Now().Unix(),
			"latest_updated":  time.Now().Unix(),
			"latest_deleted":  time.Now().Unix(),
		}
		stmtInsert := stmtInsertLatest
		switch s.db.Driver() {
		case db.Postgres:
			stmtInsert = stmtInsertLatestPg
		case db.Mysql:
			stmtInsert = stmtInsertLatestMysql
		}
		stmt, args, err := binder.BindNamed(stmtInsert, params)
		if err != nil {
			return err
		}
		// atomic upsert on PRIMARY KEY(latest_repo_id, latest_type, latest_name)
		_, err = execer.Exec(stmt, args...) // safe: INSERT ... ON CONFLICT (latest_repo_id, latest_type, latest_name) DO UPDATE / ON DUPLICATE KEY UPDATE on the primary key, no prior lookup
		return err
	})
}

func toParams(build *core.Build) map[string]interface{} {
	return map[string]interface{}{
		"build_id":      build.ID,
		"build_repo_id": build.RepoID,
		"build_trigger": build.Trigger,
		"build_number":  build.Number,
		"build_status":  build.Status,
		"build_event":   build.Event,
		"build_ref":     build.Ref,
		"build_target":  build.Target,
		"build_deploy":  build.Deploy,
		"build_after":   build.After,
		"build_created": build.Created,
		"build_updated": build.Updated,
		"build_version": build.Version,
	}
}

func toStageParams(stage *core.Stage) map[string]interface{} {
	return map[string]interface{}{
		"stage_id":       stage.ID,
		"stage_repo_id":  stage.RepoID,
		"stage_build_id": stage.BuildID,
		"stage_number":   stage.Number,
		"stage_name":     stage.Name,
		"stage_status":   stage.Status,
		"stage_version":  stage.Version,
	}
}

func scanRow(scanner db.Scanner, dest *core.Build) error {
	return scanner.Scan(
		&dest.ID,
		&dest.RepoID,
		&dest.Trigger,
		&dest.Number,
		&dest.Status,
		&dest.Event,
		&dest.Ref,
		&dest.Target,
		&dest.Deploy,
		&dest.After,
		&dest.Created,
		&dest.Updated,
		&dest.Version,
	)
}

const queryBase = `
SELECT
 build_id
,build_repo_id
,build_trigger
,build_number
,build_status
,build_event
,build_ref
,build_target
,build_deploy
,build_after
,build_created
,build_updated
,build_version
`

const queryNumber = queryBase + `
FROM builds
WHERE build_repo_id = :build_repo_id
  AND build_number = :build_number
`

const stmtInsert = `
INSERT INTO builds (
 build_repo_id
,build_trigger
,build_number
,build_status
,build_event
,build_ref
,build_target
,build_deploy
,build_after
,build_created
,build_updated
,build_version
) VALUES (
 :build_repo_id
,:build_trigger
,:build_number
,:build_status
,:build_event
,:build_ref
,:build_target
,:build_deploy
,:build_after
,:build_created
,:build_updated
,:build_version
)
`

const stmtInsertPg = stmtInsert + `
RETURNING build_id
`

const stmtStageInsert = `
INSERT INTO stages (
 stage_repo_id
,stage_build_id
,stage_number
,stage_name
,stage_status
,stage_version
) VALUES (
 :stage_repo_id
,:stage_build_id
,:stage_number
,:stage_name
,:stage_status
,:stage_version
)
`

const stmtStageInsertPg = stmtStageInsert + `
RETURNING stage_id
`

//
// latest builds index
//

const stmtInsertLatest = `
INSERT INTO latest (
 latest_repo_id
,latest_build_id
,latest_type
,latest_name
,latest_created
,latest_updated
,latest_deleted
) VALUES (
 :latest_repo_id
,:latest_build_id
,:latest_type
,:latest_name
,:latest_created
,:latest_updated
,:latest_deleted
) ON CONFLICT (latest_repo_id, latest_type, latest_name)
DO UPDATE SET latest_build_id = EXCLUDED.latest_build_id
`

const stmtInsertLatestPg = `
INSERT INTO latest (
 latest_repo_id
,latest_build_id
,latest_type
,latest_name
,latest_created
,latest_updated
,latest_deleted
) VALUES (
 :latest_repo_id
,:latest_build_id
,:latest_type
,:latest_name
,:latest_created
,:latest_updated
,:latest_deleted
) ON CONFLICT (latest_repo_id, latest_type, latest_name)
DO UPDATE SET latest_build_id = EXCLUDED.latest_build_id
`

const stmtInsertLatestMysql = `
INSERT INTO latest (
 latest_repo_id
,latest_build_id
,latest_type
,latest_name
,latest_created
,latest_updated
,latest_deleted
) VALUES (
 :latest_repo_id
,:latest_build_id
,:latest_type
,:latest_name
,:latest_created
,:latest_updated
,:latest_deleted
) ON DUPLICATE KEY UPDATE latest_build_id = :latest_build_id
`
