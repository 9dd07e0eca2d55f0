package metrics

import (
	"context"
	"sync"
	"time"

	"example.com/heldout/uptrace/pkg/org"
	"example.com/heldout/uptrace/third_party/cache"
	"example.com/heldout/uptrace/third_party/otelzap"
	"example.com/heldout/uptrace/third_party/taskq"
	"example.com/heldout/uptrace/third_party/zap"
	"github.com/uptrace/bun"
)

// Datapoint reproduces the fields of pkg/metrics/datapoint.go's Datapoint used here.
type Datapoint struct {
	ProjectID   uint32
	Metric      string
	Description string
	Unit        string
	Instrument  Instrument
	StringKeys  []string
	Time        time.Time
}

// DatapointProcessorParams reproduces pkg/metrics/datapoint_processor.go:30.
type DatapointProcessorParams struct {
	Logger    *otelzap.Logger
	PG        *bun.DB
	Projects  *org.ProjectGateway
	MainQueue taskq.Queue
}

// DatapointProcessor reproduces pkg/metrics/datapoint_processor.go:41.
type DatapointProcessor struct {
	*DatapointProcessorParams

	metricCacheMu sync.RWMutex
	metricCache   *cache.Cache[MetricKey, time.Time]

	wg sync.WaitGroup
}

// NewDatapointProcessor reproduces pkg/metrics/datapoint_processor.go:61 (reduced).
func NewDatapointProcessor(p DatapointProcessorParams) *DatapointProcessor {
	return &DatapointProcessor{
		DatapointProcessorParams: &p,
		metricCache:              cache.New[MetricKey, time.Time](100000),
	}
}

// processDatapoints reproduces pkg/metrics/datapoint_processor.go:182: every
// batch is processed in its own goroutine (up to GOMAXPROCS at once).
func (p *DatapointProcessor) processDatapoints(ctx context.Context, src []*Datapoint) {
	p.wg.Add(1)

	datapoints := make([]*Datapoint, len(src))
	copy(datapoints, src)

	go func() {
		defer p.wg.Done()

		mctx := newDatapointContext(ctx, p.Projects)
		p._processDatapoints(mctx, datapoints)
	}()
}

// _processDatapoints reproduces pkg/metrics/datapoint_processor.go:201
// (reduced to the metrics registry: upsertMetric :242, UpsertMetrics :258).
func (p *DatapointProcessor) _processDatapoints(ctx *datapointContext, datapoints []*Datapoint) {
	for i := len(datapoints) - 1; i >= 0; i-- {
		dp := datapoints[i]

		project := ctx.Project(p.Logger, p.PG, dp.ProjectID)
		if project == nil {
			datapoints = append(datapoints[:i], datapoints[i+1:]...)
			continue
		}

		p.upsertMetric(ctx, dp) // safe: UpsertMetrics is one INSERT ... ON CONFLICT (project_id, name) DO UPDATE on metrics_project_id_name_unq; the cache check-and-put is under metricCacheMu

		if project.PromCompat {
			dp.Time = dp.Time.Truncate(15 * time.Second)
		} else {
			dp.Time = dp.Time.Truncate(time.Minute)
		}
	}

	if len(ctx.metrics) > 0 {
		if err := UpsertMetrics(ctx, p.Logger, p.PG, p.MainQueue, ctx.metrics); err != nil {
			p.Logger.Error("upsertMetrics failed", zap.Error(err))
		}
	}
}

// upsertMetric reproduces pkg/metrics/datapoint_processor.go:435.
func (p *DatapointProcessor) upsertMetric(ctx *datapointContext, datapoint *Datapoint) {
	key := MetricKey{
		ProjectID: datapoint.ProjectID,
		Metric:    datapoint.Metric,
	}

	p.metricCacheMu.RLock()
	cachedAt, found := p.metricCache.Get(key)
	p.metricCacheMu.RUnlock()

	if found && time.Since(cachedAt) < 15*time.Minute {
		return
	}

	p.metricCacheMu.Lock()
	defer p.metricCacheMu.Unlock()

	if cachedAt, found := p.metricCache.Get(key); found && time.Since(cachedAt) < 15*time.Minute {
		return
	}
	p.metricCache.Put(key, time.Now())

	ctx.metrics = append(ctx.metrics, Metric{
		ProjectID:   datapoint.ProjectID,
		Name:        datapoint.Metric,
		Description: datapoint.Description,
		Unit:        datapoint.Unit,
		Instrument:  datapoint.Instrument,
		AttrKeys:    datapoint.StringKeys,
	})
}

//------------------------------------------------------------------------------

// datapointContext reproduces pkg/metrics/datapoint_processor.go:469.
type datapointContext struct {
	context.Context

	projects *org.ProjectGateway

	projectsCache map[uint32]*org.Project
	metrics       []Metric
}

// newDatapointContext reproduces pkg/metrics/datapoint_processor.go:479.
func newDatapointContext(ctx context.Context, projects *org.ProjectGateway) *datapointContext {
	return &datapointContext{
		Context:       ctx,
		projects:      projects,
		projectsCache: make(map[uint32]*org.Project),
	}
}

// Project reproduces pkg/metrics/datapoint_processor.go:488 (projects come from
// the config, not from PostgreSQL).
func (c *datapointContext) Project(logger *otelzap.Logger, pg *bun.DB, projectID uint32) *org.Project {
	if p, ok := c.projectsCache[projectID]; ok {
		return p
	}

	project, err := c.projects.SelectByID(c.Context, projectID)
	if err != nil {
		logger.Error("projects.SelectByID failed", zap.Error(err))
		return nil
	}

	c.projectsCache[projectID] = project
	return project
}
