// Package step is a trimmed copy of github.com/drone/drone/store/step
// (step.go and scan.go; column lists shortened).
package step

import (
	"context"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/store/shared/db"
)

// New returns a new StepStore.
func New(db *db.DB) core.StepStore {
	return &stepStore{db}
}

type stepStore struct {
	db *db.DB
}

func (s *stepStore) FindNumber(ctx context.Context, id int64, number int) (*core.Step, error) {
	out := &core.Step{StageID: id, Number: number}
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

func (s *stepStore) Update(ctx context.Context, step *core.Step) error {
	return s.db.Lock(func(execer db.Execer, binder db.Binder) error {
		params := toParams(step)
		stmt, args, err := binder.BindNamed(stmtUpdate, params)
		if err != nil {
			return err
		}
		_, err = execer.Exec(stmt, args...)
		return err
	})
}

func toParams(from *core.Step) map[string]interface{} {
	return map[string]interface{}{
		"step_id":       from.ID,
		"step_stage_id": from.StageID,
		"step_number":   from.Number,
		"step_name":     from.Name,
		"step_schema":   from.Schema,
	}
}

func scanRow(scanner db.Scanner, dest *core.Step) error {
	return scanner.Scan(
		&dest.ID,
		&dest.StageID,
		&dest.Number,
		&dest.Name,
		&dest.Schema,
	)
}

const queryBase = `
SELECT
 step_id
,step_stage_id
,step_number
,step_name
,step_schema
`

const queryNumber = queryBase + `
FROM steps
WHERE step_stage_id = :step_stage_id
  AND step_number = :step_number
`

const stmtUpdate = `
UPDATE steps
SET
 step_name = :step_name
,step_schema = :step_schema
WHERE step_id = :step_id
`
