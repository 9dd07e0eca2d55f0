package models

import (
	"fmt"
	"strings"

	"xorm.io/builder"
	"xorm.io/xorm"
	"xorm.io/xorm/schemas"

	"example.com/realworld/vikunja/db"
	"example.com/realworld/vikunja/web"
)

// TaskPosition is pkg/models/task_position.go:38.
type TaskPosition struct {
	TaskID        int64   `xorm:"bigint not null index unique(task_view)" json:"task_id" param:"task" readOnly:"true"`
	ProjectViewID int64   `xorm:"bigint not null index unique(task_view) index(view_position)" json:"project_view_id"`
	Position      float64 `xorm:"double not null index(view_position)" json:"position"`

	web.CRUDable    `xorm:"-" json:"-"`
	web.Permissions `xorm:"-" json:"-"`
}

// TableName is pkg/models/task_position.go:57.
func (tp *TaskPosition) TableName() string {
	return "task_positions"
}

// bulkInsertTaskPositions is pkg/models/task_position.go:113.
func bulkInsertTaskPositions(s *xorm.Session, positions []*TaskPosition, overwrite bool) (err error) {
	// Keep statements well below the parameter limits of all supported databases.
	const batchSize = 100

	var onConflict string
	switch {
	case db.Type() == schemas.MYSQL && overwrite:
		onConflict = "ON DUPLICATE KEY UPDATE position = VALUES(position)"
	case db.Type() == schemas.MYSQL:
		// The self-assignment is a no-op update which only ignores duplicate
		// keys, unlike INSERT IGNORE which would swallow unrelated errors too.
		onConflict = "ON DUPLICATE KEY UPDATE position = position"
	case overwrite:
		onConflict = "ON CONFLICT (task_id, project_view_id) DO UPDATE SET position = excluded.position"
	default:
		onConflict = "ON CONFLICT (task_id, project_view_id) DO NOTHING"
	}

	// Raw SQL bypasses xorm's bean-based table-name handling, so qualify the
	// table ourselves to honor a configured postgres schema (database.schema).
	table := s.Engine().TableName(&TaskPosition{}, true)

	for start := 0; start < len(positions); start += batchSize {
		batch := positions[start:min(start+batchSize, len(positions))]

		placeholders := make([]string, 0, len(batch))
		args := make([]interface{}, 1, len(batch)*3+1)
		for _, p := range batch {
			placeholders = append(placeholders, "(?, ?, ?)")
			args = append(args, p.TaskID, p.ProjectViewID, p.Position)
		}

		args[0] = "INSERT INTO " + table + " (task_id, project_view_id, position) VALUES " + strings.Join(placeholders, ", ") + " " + onConflict

		_, err = s.Exec(args...)
		if err != nil {
			return err
		}
	}

	return nil
}

// calculateNewPositionsForTasks is pkg/models/task_position.go:459
// (reduced to the default position by task id).
func calculateNewPositionsForTasks(_ *xorm.Session, _ web.Auth, tasks []*Task, view *ProjectView) ([]*TaskPosition, error) {
	positions := make([]*TaskPosition, 0, len(tasks))
	for _, t := range tasks {
		positions = append(positions, &TaskPosition{
			TaskID:        t.ID,
			ProjectViewID: view.ID,
			Position:      float64(t.ID) * 65536,
		})
	}
	return positions, nil
}

// ensureTaskPositionsForSavedFilterView is pkg/models/task_position.go:619
// (saved filter views, on task listing): selects the matching tasks
// without a task_positions row in the view, then inserts their positions
// with ON CONFLICT DO NOTHING (the filter parsing is reduced to a
// condition passed in).
func ensureTaskPositionsForSavedFilterView(s *xorm.Session, a web.Auth, projectIDs []int64, view *ProjectView, filterCond builder.Cond) (err error) {
	if len(projectIDs) == 0 {
		return nil
	}

	query := s.
		Select("tasks.*").
		Join("LEFT", "task_positions", "task_positions.task_id = tasks.id AND task_positions.project_view_id = ?", view.ID).
		Where(builder.And(builder.In("tasks.project_id", projectIDs), filterCond)).
		And("task_positions.task_id IS NULL")

	tasks := []*Task{}
	// Ordering by id keeps position assignment deterministic when multiple tasks are healed at once.
	err = query. // safe: the insert is INSERT ... ON CONFLICT (task_id, project_view_id) DO NOTHING
			OrderBy("tasks.id ASC").
			Find(&tasks)
	if err != nil {
		sql, vals := query.LastSQL()
		return fmt.Errorf("could not fetch unpositioned tasks, error was '%w', sql: '%v', values: %v", err, sql, vals)
	}

	positions, err := calculateNewPositionsForTasks(s, a, tasks, view)
	if err != nil {
		return err
	}

	// A concurrent heal of the same view may have inserted rows already; those are as good as these.
	return bulkInsertTaskPositions(s, positions, false)
}
