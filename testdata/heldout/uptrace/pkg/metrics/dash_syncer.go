package metrics

import (
	"context"
	"fmt"
	"time"

	"example.com/heldout/uptrace/third_party/otelzap"
	"example.com/heldout/uptrace/third_party/zap"
	"github.com/uptrace/bun"
)

// DashSyncer reproduces pkg/metrics/dash_syncer.go:18.
type DashSyncer struct {
	logger *otelzap.Logger
	pg     *bun.DB

	templates []*DashboardTpl
}

// NewDashSyncer reproduces pkg/metrics/dash_syncer.go:25.
func NewDashSyncer(logger *otelzap.Logger, pg *bun.DB) *DashSyncer {
	templates, err := readDashboardTemplates()
	if err != nil {
		logger.Error("readDashboardTemplates failed", zap.Error(err))
	}

	return &DashSyncer{
		logger:    logger,
		pg:        pg,
		templates: templates,
	}
}

// CreateDashboardsHandler reproduces pkg/metrics/dash_syncer.go:38. It is the
// "create-dashboards" task handler (pkg/metrics/init.go:138, enqueued by
// UpsertMetrics, metric.go:158) and is run for every project at start-up
// (cmd/uptrace/main.go:440 syncDashboards).
func (s *DashSyncer) CreateDashboardsHandler(ctx context.Context, projectID uint32) error {
	return s.pg.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		var locked bool
		if err := tx.NewRaw("SELECT pg_try_advisory_xact_lock(?)", projectID).
			Scan(ctx, &locked); err != nil {
			return err
		}
		if !locked {
			return nil
		}
		return s.createDashboards(ctx, projectID)
	})
}

// createDashboards reproduces pkg/metrics/dash_syncer.go:59 (the template
// dashboards are preloaded by (project_id, template_id) at :67, a missing one is
// inserted at :110 -> DashBuilder.Save -> InsertDashboard).
func (s *DashSyncer) createDashboards(ctx context.Context, projectID uint32) error {
	metricMap, err := SelectMetricMap(ctx, s.pg, projectID)
	if err != nil {
		return fmt.Errorf("SelectMetricMap failed: %w", err)
	}

	var dashboards []*Dashboard

	if err := s.pg.NewSelect(). // safe: CreateDashboardsHandler holds pg_try_advisory_xact_lock(project_id) around the preload and the inserts; dashboards_project_id_template_id is UNIQUE
					Model(&dashboards).
					Where("project_id = ?", projectID).
					Where("template_id IS NOT NULL").
					Scan(ctx); err != nil {
		return fmt.Errorf("SelectDashboardMap failed: %w", err)
	}

	dashMap := make(map[string]*Dashboard, len(dashboards))
	for _, dash := range dashboards {
		dashMap[dash.TemplateID] = dash
	}

	for _, tpl := range s.templates {
		existingDash, ok := dashMap[tpl.ID]
		if ok && s.isDashChanged(ctx, existingDash) {
			continue
		}

		if !evalMetricConditions(metricMap, tpl.If) {
			if existingDash != nil {
				if err := DeleteDashboard(ctx, s.pg, existingDash.ID); err != nil {
					s.logger.Error("DeleteDashboard failed", zap.Error(err))
				}
			}
			continue
		}

		builder := NewDashBuilder(tpl, projectID, metricMap)

		if err := builder.Build(); err != nil {
			return fmt.Errorf("building dashboard %s failed: %w", tpl.ID, err)
		}

		if builder.IsEmpty() {
			if existingDash != nil {
				if err := DeleteDashboard(ctx, s.pg, existingDash.ID); err != nil {
					return fmt.Errorf("DeleteDashboard failed: %w", err)
				}
			}
			continue
		}

		if err := s.pg.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
			return builder.Save(ctx, tx, existingDash, true)
		}); err != nil {
			return fmt.Errorf("saving dashboard %s failed: %w", tpl.ID, err)
		}
	}

	return nil
}

// isDashChanged reproduces pkg/metrics/dash_syncer.go:120.
func (s *DashSyncer) isDashChanged(ctx context.Context, dash *Dashboard) bool {
	if !dash.CreatedAt.Equal(dash.UpdatedAt) {
		return true
	}

	n, err := s.pg.NewSelect().
		Model((*BaseGridItem)(nil)).
		Where("dash_id = ?", dash.ID).
		Where("updated_at != created_at").
		Count(ctx)
	if err != nil {
		return true
	}
	if n > 0 {
		return true
	}

	return false
}

// evalMetricConditions reproduces pkg/metrics/dash_syncer.go:140.
func evalMetricConditions(metricMap map[string]*Metric, matchers []MetricMatcher) bool {
	for i := range matchers {
		matcher := &matchers[i]
		if !evalMetricCondition(metricMap[matcher.Metric], matcher) {
			return false
		}
	}
	return true
}

// evalMetricCondition reproduces pkg/metrics/dash_syncer.go:150.
func evalMetricCondition(metric *Metric, matcher *MetricMatcher) bool {
	found := metric != nil && metric.OtelLibraryName == matcher.Instrumentation
	switch matcher.State {
	case "", "present":
		return found
	case "absent":
		return !found
	default:
		panic(fmt.Errorf("unsupported metric matcher state: %q", matcher.State))
	}
}

//------------------------------------------------------------------------------

// DashBuilder reproduces pkg/metrics/dash_syncer.go:164.
type DashBuilder struct {
	tpl       *DashboardTpl
	projectID uint32
	metricMap map[string]*Metric

	dash       *Dashboard
	tableItems []GridItem
	gridRows   []*GridRow
}

// NewDashBuilder reproduces pkg/metrics/dash_syncer.go:174.
func NewDashBuilder(
	tpl *DashboardTpl, projectID uint32, metricMap map[string]*Metric,
) *DashBuilder {
	return &DashBuilder{
		tpl:       tpl,
		projectID: projectID,
		metricMap: metricMap,
	}
}

// Build reproduces pkg/metrics/dash_syncer.go:184 (reduced: no grid items).
func (b *DashBuilder) Build() error {
	dash := &Dashboard{
		ProjectID:         b.projectID,
		TooltipsConnected: true,
	}
	if err := b.tpl.Populate(dash); err != nil {
		return fmt.Errorf("invalid dashboard: %w", err)
	}
	b.dash = dash

	for _, tpl := range b.tpl.GridRows {
		row := new(GridRow)
		if err := tpl.Populate(row); err != nil {
			return fmt.Errorf("invalid grid row: %w", err)
		}
		b.gridRows = append(b.gridRows, row)
	}

	return nil
}

// IsEmpty reproduces pkg/metrics/dash_syncer.go:420.
func (b *DashBuilder) IsEmpty() bool {
	return len(b.tableItems) == 0 && len(b.gridRows) == 0
}

// Save reproduces pkg/metrics/dash_syncer.go:431.
func (b *DashBuilder) Save(
	ctx context.Context, tx bun.Tx, existingDash *Dashboard, withMonitors bool,
) error {
	if existingDash != nil {
		if err := DeleteDashboard(ctx, tx, existingDash.ID); err != nil {
			return fmt.Errorf("DeleteDashboard failed: %w", err)
		}

		b.dash.ID = existingDash.ID
		b.dash.Pinned = existingDash.Pinned
		b.dash.MinInterval = existingDash.MinInterval
		b.dash.TimeOffset = existingDash.TimeOffset
		b.dash.TooltipsConnected = existingDash.TooltipsConnected
		b.dash.GridQuery = existingDash.GridQuery
	}

	now := time.Now()
	b.dash.CreatedAt = now
	b.dash.UpdatedAt = now

	if err := InsertDashboard(ctx, tx, b.dash); err != nil {
		return fmt.Errorf("InsertDashboard failed: %w", err)
	}

	if len(b.tableItems) > 0 {
		for _, gridItem := range b.tableItems {
			base := gridItem.Base()

			base.DashID = b.dash.ID
			base.DashKind = DashKindTable
			base.CreatedAt = now
			base.UpdatedAt = now

			if err := gridItem.Validate(); err != nil {
				return err
			}
		}

		if err := InsertGridItems(ctx, tx, b.tableItems); err != nil {
			return err
		}
	}

	for i, gridRow := range b.gridRows {
		gridRow.DashID = b.dash.ID
		gridRow.Expanded = true
		gridRow.Index = i
		gridRow.CreatedAt = now
		gridRow.UpdatedAt = now

		if err := gridRow.Validate(); err != nil {
			return err
		}

		if err := InsertGridRow(ctx, tx, gridRow); err != nil {
			return err
		}

		if len(gridRow.Items) > 0 {
			if err := InsertGridItems(ctx, tx, gridRow.Items); err != nil {
				return err
			}
		}
	}

	return nil
}
