// Package datar reproduces pkg/datar/engine.go (the write side: in-memory
// aggregation and the periodic additive upsert; queries and logging trimmed).
package datar

import (
	"sync"
	"sync/atomic"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"example.com/heldout/flagr/pkg/entity"
)

const flushRetries = 3

// FlushKey reproduces pkg/datar/engine.go:21.
type FlushKey struct {
	FlagID    int64
	VariantID int64
	SegmentID int64
	Hour      time.Time // Truncated to the hour so struct equality works as a sync.Map key.
}

// Engine reproduces pkg/datar/engine.go:67.
type Engine struct {
	buffer sync.Map // FlushKey → *int32

	db          *gorm.DB
	addEvalExpr string

	flushInterval time.Duration
	closeCh       chan struct{}
	wg            sync.WaitGroup
	shutdownOnce  sync.Once
	closed        atomic.Bool
}

// New reproduces pkg/datar/engine.go:82.
func New(db *gorm.DB, enabled bool, flushInterval time.Duration) *Engine {
	if !enabled {
		return nil
	}

	addEvalExpr := "datar_hourly_events.eval_count + EXCLUDED.eval_count"
	if db.Name() == "mysql" {
		addEvalExpr = "datar_hourly_events.eval_count + VALUES(eval_count)"
	}

	e := &Engine{
		db:            db,
		addEvalExpr:   addEvalExpr,
		flushInterval: flushInterval,
		closeCh:       make(chan struct{}),
	}

	e.wg.Add(1)
	go e.flushLoop()
	return e
}

// Record reproduces pkg/datar/engine.go:107 (called on every evaluation).
func (e *Engine) Record(flagID, variantID, segmentID int64) {
	if e == nil || e.closed.Load() {
		return
	}

	key := FlushKey{
		FlagID:    flagID,
		VariantID: variantID,
		SegmentID: segmentID,
		Hour:      time.Now().Truncate(time.Hour),
	}

	actual, _ := e.buffer.LoadOrStore(key, new(int32))
	atomic.AddInt32(actual.(*int32), 1)
}

// SnapshotAndReset reproduces pkg/datar/engine.go:125.
func (e *Engine) SnapshotAndReset() map[FlushKey]int32 {
	if e == nil {
		return nil
	}
	result := make(map[FlushKey]int32)
	e.buffer.Range(func(k, v any) bool {
		result[k.(FlushKey)] = atomic.LoadInt32(v.(*int32))
		e.buffer.Delete(k)
		return true
	})
	return result
}

// flushLoop reproduces pkg/datar/engine.go:265.
func (e *Engine) flushLoop() {
	defer e.wg.Done()
	ticker := time.NewTicker(e.flushInterval)
	defer ticker.Stop()

	for {
		select {
		case <-e.closeCh:
			return
		case <-ticker.C:
			e.flush()
		}
	}
}

// flush reproduces pkg/datar/engine.go:280.
func (e *Engine) flush() {
	agg := e.SnapshotAndReset()
	if len(agg) == 0 {
		return
	}
	_ = e.flushWithRetry(agg)
}

// flushWithRetry reproduces pkg/datar/engine.go:294.
func (e *Engine) flushWithRetry(agg map[FlushKey]int32) error {
	var err error
	for attempt := 1; attempt <= flushRetries; attempt++ {
		if err = e.flushAggregates(agg); err == nil {
			return nil
		}
	}
	return err
}

// flushAggregates reproduces pkg/datar/engine.go:306: writes the snapshot to
// the DB using additive UPSERT.
func (e *Engine) flushAggregates(agg map[FlushKey]int32) error {
	if len(agg) == 0 {
		return nil
	}
	now := time.Now()
	records := make([]entity.HourlyEvent, 0, len(agg))
	for k, count := range agg {
		records = append(records, entity.HourlyEvent{
			FlagID:     k.FlagID,
			VariantID:  k.VariantID,
			SegmentID:  k.SegmentID,
			BucketHour: k.Hour,
			EvalCount:  count,
			UpdatedAt:  now,
		})
	}
	return e.db.Clauses(clause.OnConflict{ // safe: no lookup; one INSERT ... ON CONFLICT (flag_id, variant_id, segment_id, bucket_hour) DO UPDATE eval_count = eval_count + EXCLUDED.eval_count on the UNIQUE idx_datar_hourly
		Columns: []clause.Column{
			{Name: "flag_id"},
			{Name: "variant_id"},
			{Name: "segment_id"},
			{Name: "bucket_hour"},
		},
		DoUpdates: clause.Set{{
			Column: clause.Column{Name: "eval_count"},
			Value:  gorm.Expr(e.addEvalExpr),
		}, {
			Column: clause.Column{Name: "updated_at"},
			Value:  gorm.Expr("CURRENT_TIMESTAMP"),
		}},
	}).Create(&records).Error
}
