package metrics

import (
	"context"
	"time"

	"example.com/heldout/uptrace/third_party/otelzap"
	"example.com/heldout/uptrace/third_party/taskq"
	"example.com/heldout/uptrace/third_party/zap"
	"github.com/uptrace/bun"
)

// Instrument reproduces the Instrument type of pkg/metrics (metric_instrument_enum).
type Instrument string

// Metric reproduces pkg/metrics/metric.go:31 (table metrics,
// 20220926100950_metrics.tx.up.sql:120; UNIQUE INDEX metrics_project_id_name_unq
// ON metrics (project_id, name) :136).
type Metric struct {
	bun.BaseModel `bun:"metrics,alias:m"`

	ID        uint64 `json:"id,string" bun:",pk,autoincrement"`
	ProjectID uint32 `json:"projectId"`

	Name        string     `json:"name"`
	Description string     `json:"description"`
	Instrument  Instrument `json:"instrument"`
	Unit        string     `json:"unit" bun:",nullzero"`

	AttrKeys           []string `json:"attrKeys" bun:",array"`
	OtelLibraryName    string   `json:"otelLibraryName" bun:",nullzero"`
	OtelLibraryVersion string   `json:"otelLibraryVersion" bun:",nullzero"`

	CreatedAt time.Time `json:"createdAt" bun:",nullzero"`
	UpdatedAt time.Time `json:"updatedAt" bun:",nullzero"`
}

// MetricKey is the in-process cache key of DatapointProcessor.metricCache.
type MetricKey struct {
	ProjectID uint32
	Metric    string
}

// SelectMetricMap reproduces pkg/metrics/metric.go:61.
func SelectMetricMap(
	ctx context.Context, pg *bun.DB, projectID uint32,
) (map[string]*Metric, error) {
	var metrics []*Metric

	if err := pg.NewSelect().
		Model(&metrics).
		Where("project_id = ?", projectID).
		Where("updated_at >= ?", time.Now().Add(-72*time.Hour)).
		OrderExpr("name ASC").
		Limit(10000).
		Scan(ctx); err != nil {
		return nil, err
	}

	m := make(map[string]*Metric, len(metrics))

	for _, metric := range metrics {
		m[metric.Name] = metric
	}

	return m, nil
}

// UpsertMetrics reproduces pkg/metrics/metric.go:129.
func UpsertMetrics(
	ctx context.Context,
	logger *otelzap.Logger,
	pg *bun.DB,
	mainQueue taskq.Queue,
	metrics []Metric,
) error {
	if _, err := pg.NewInsert().
		Model(&metrics).
		On("CONFLICT (project_id, name) DO UPDATE").
		Set("description = EXCLUDED.description").
		Set("unit = EXCLUDED.unit").
		Set("instrument = EXCLUDED.instrument").
		Set("attr_keys = EXCLUDED.attr_keys").
		Set("updated_at = now()").
		Returning("created_at, updated_at").
		Exec(ctx); err != nil {
		return err
	}

	seen := make(map[uint32]bool)
	for i := range metrics {
		metric := &metrics[i]

		if !metric.CreatedAt.Equal(metric.UpdatedAt) || seen[metric.ProjectID] {
			continue
		}
		seen[metric.ProjectID] = true

		job := createDashboardsTask.NewJob(metric.ProjectID)
		job.OnceInPeriod(30 * time.Second)
		if err := mainQueue.AddJob(ctx, job); err != nil {
			logger.Error("DefaultQueue.Add failed", zap.Error(err))
		}
	}

	return nil
}
