// Package cron is a trimmed copy of github.com/drone/drone/store/cron
// (cron.go and scan.go).
package cron

import (
	"context"
	"database/sql"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/store/shared/db"
)

// New returns a new Cron database store.
func New(db *db.DB) core.CronStore {
	return &cronStore{db}
}

type cronStore struct {
	db *db.DB
}

func (s *cronStore) Ready(ctx context.Context, before int64) ([]*core.Cron, error) {
	var out []*core.Cron
	err := s.db.View(func(queryer db.Queryer, binder db.Binder) error {
		params := map[string]interface{}{"cron_next": before}
		stmt, args, err := binder.BindNamed(queryReady, params)
		if err != nil {
			return err
		}
		rows, err := queryer.Query(stmt, args...)
		if err != nil {
			return err
		}
		out, err = scanRows(rows)
		return err
	})
	return out, err
}

func (s *cronStore) Update(ctx context.Context, cron *core.Cron) error {
	return s.db.Lock(func(execer db.Execer, binder db.Binder) error {
		params := toParams(cron)
		stmt, args, err := binder.BindNamed(stmtUpdate, params)
		if err != nil {
			return err
		}
		_, err = execer.Exec(stmt, args...)
		return err
	})
}

func toParams(cron *core.Cron) map[string]interface{} {
	return map[string]interface{}{
		"cron_id":       cron.ID,
		"cron_repo_id":  cron.RepoID,
		"cron_name":     cron.Name,
		"cron_expr":     cron.Expr,
		"cron_next":     cron.Next,
		"cron_prev":     cron.Prev,
		"cron_event":    cron.Event,
		"cron_branch":   cron.Branch,
		"cron_target":   cron.Target,
		"cron_disabled": cron.Disabled,
		"cron_created":  cron.Created,
		"cron_updated":  cron.Updated,
		"cron_version":  cron.Version,
	}
}

func scanRow(scanner db.Scanner, dst *core.Cron) error {
	return scanner.Scan(
		&dst.ID,
		&dst.RepoID,
		&dst.Name,
		&dst.Expr,
		&dst.Next,
		&dst.Prev,
		&dst.Event,
		&dst.Branch,
		&dst.Target,
		&dst.Disabled,
		&dst.Created,
		&dst.Updated,
		&dst.Version,
	)
}

func scanRows(rows *sql.Rows) ([]*core.Cron, error) {
	defer rows.Close()

	crons := []*core.Cron{}
	for rows.Next() {
		cron := new(core.Cron)
		err := scanRow(rows, cron)
		if err != nil {
			return nil, err
		}
		crons = append(crons, cron)
	}
	return crons, nil
}

const queryBase = `
SELECT
 cron_id
,cron_repo_id
,cron_name
,cron_expr
,cron_next
,cron_prev
,cron_event
,cron_branch
,cron_target
,cron_disabled
,cron_created
,cron_updated
,cron_version
`

const queryReady = queryBase + `
FROM cron
WHERE cron_next < :cron_next
ORDER BY cron_name
`

const stmtUpdate = `
UPDATE cron SET
 cron_repo_id = :cron_repo_id
,cron_name = :cron_name
,cron_expr = :cron_expr
,cron_next = :cron_next
,cron_prev = :cron_prev
,cron_event = :cron_event
,cron_branch = :cron_branch
,cron_target = :cron_target
,cron_disabled = :cron_disabled
,cron_created = :cron_created
,cron_updated = :cron_updated
,cron_version = :cron_version
WHERE cron_id = :cron_id
`
