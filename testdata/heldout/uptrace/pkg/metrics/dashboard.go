// Package metrics reproduces the PostgreSQL (bun) side of
// github.com/uptrace/uptrace/pkg/metrics: dashboards, grid rows, grid items and
// the metrics registry. Schema: pkg/bunapp/pgmigrations/*.sql (copied verbatim).
package metrics

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"
)

// DashKind reproduces pkg/metrics/dashboard.go:15.
type DashKind string

const (
	DashKindGrid  DashKind = "grid"
	DashKindTable DashKind = "table"
)

// Dashboard reproduces pkg/metrics/dashboard.go:22 (table dashboards,
// 20220926100950_metrics.tx.up.sql:1; UNIQUE (project_id, template_id) :23).
type Dashboard struct {
	bun.BaseModel `bun:"dashboards,alias:d"`

	ID         uint64 `json:"id" bun:",pk,autoincrement"`
	ProjectID  uint32 `json:"projectId"`
	TemplateID string `json:"templateId" bun:",nullzero"`

	Name   string `json:"name"`
	Pinned bool   `json:"pinned"`

	MinInterval       time.Duration `json:"minInterval"`
	TimeOffset        time.Duration `json:"timeOffset"`
	TooltipsConnected bool          `json:"tooltipsConnected"`

	GridQuery    string `json:"gridQuery" bun:",nullzero"`
	GridMaxWidth int    `json:"gridMaxWidth" bun:",nullzero"`

	CreatedAt time.Time `json:"createdAt" bun:",nullzero"`
	UpdatedAt time.Time `json:"updatedAt" bun:",nullzero"`
}

// Validate reproduces pkg/metrics/dashboard.go:48 (reduced).
func (d *Dashboard) Validate() error {
	if d.Name == "" {
		return fmt.Errorf("dashboard name is required")
	}
	if d.ProjectID == 0 {
		return fmt.Errorf("dashboard %q is invalid: project id can't be zero", d.Name)
	}
	if d.CreatedAt.IsZero() {
		now := time.Now()
		d.CreatedAt = now
		d.UpdatedAt = now
	}
	return nil
}

// SelectDashboard reproduces pkg/metrics/dashboard.go:124.
func SelectDashboard(ctx context.Context, pg *bun.DB, id uint64) (*Dashboard, error) {
	dash := new(Dashboard)
	if err := pg.NewSelect().
		Model(dash).
		Where("id = ?", id).
		Scan(ctx); err != nil {
		return nil, err
	}
	return dash, nil
}

// InsertDashboard reproduces pkg/metrics/dashboard.go:135.
func InsertDashboard(ctx context.Context, db bun.IDB, dash *Dashboard) error {
	if _, err := db.NewInsert().
		Model(dash).
		Exec(ctx); err != nil {
		return err
	}
	return nil
}

// DeleteDashboard reproduces pkg/metrics/dashboard.go:144.
func DeleteDashboard(ctx context.Context, db bun.IDB, id uint64) error {
	if _, err := db.NewDelete().
		Model((*Dashboard)(nil)).
		Where("id = ?", id).
		Exec(ctx); err != nil {
		return err
	}
	return nil
}
