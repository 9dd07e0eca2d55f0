package metric

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// rollupKey identifies a materialized bucket. The tags and labels themselves
// are interned in separate dictionaries; the hashes only keep hot maps small.
type rollupKey struct {
	entityID   string
	tagsHash   string
	labelsHash string
	bucket     int64 // Unix milliseconds
}

// Flush seals closed in-memory minute buckets (rollup_store.go:52; the raw
// window trim is left out). It is run by the scheduled compactor and, through
// WriteBatch (store.go:868, ingestMu at :887) -> writePreparedHotRollups
// (hot_rollup.go:25), on every report ingestion.
func (s *Store) Flush(ctx context.Context, now time.Time) (int, error) {
	if err := s.ensureOpen(); err != nil {
		return 0, err
	}
	s.retentionMu.RLock()
	defer s.retentionMu.RUnlock()
	if err := s.ensureOpen(); err != nil {
		return 0, err
	}
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	now = now.UTC()
	written, err := s.flushClosedHotRollups(ctx, now)
	if err != nil {
		return 0, err
	}
	return written, nil
}

// writeTierCascadeTx persists the durable minute tier. Coarser parents are
// accumulated in memory and materialized only after their late-arrival grace.
func (s *Store) writeTierCascadeTx(ctx context.Context, metricName string, policy RollupPolicy, minute map[rollupKey]*rollupBucket, tx *sql.Tx) (int, error) {
	if len(policy.Tiers) == 0 {
		return 0, nil
	}
	return s.mergeRollupBucketsWithDictionaryTx(ctx, metricName, policy.Tiers[0].Interval, minute, newRollupDictionaryCache(), tx)
}

// mergeRollupBucketsWithDictionaryTx reproduces rollup_store.go:200: read the
// stored bucket, merge the new summary into it, write it back with the
// ON CONFLICT(series_id, resolution_id, label_id, bucket_milli) DO UPDATE
// upsert (normalized_rollup.go:166-199).
func (s *Store) mergeRollupBucketsWithDictionaryTx(ctx context.Context, metricName string, interval time.Duration, buckets map[rollupKey]*rollupBucket, cache *rollupDictionaryCache, tx *sql.Tx) (int, error) {
	if len(buckets) == 0 {
		return 0, nil
	}
	keys := make([]rollupKey, 0, len(buckets))
	for key := range buckets {
		keys = append(keys, key)
	}
	sortRollupKeys(keys)
	for _, key := range keys {
		bucket := buckets[key]
		key.bucket = normalizeBucketMillis(key.bucket)
		existing, err := s.readRollupBucketTx(ctx, metricName, key, interval, tx) // safe: the write is an ON CONFLICT (series_id, resolution_id, label_id, bucket_milli) DO UPDATE upsert on the rollups UNIQUE key, and every in-process persistHotRollups holds the store's rollupViewMu exclusively
		if err != nil {
			return 0, err
		}
		if existing != nil {
			existing.mergeStored(bucket)
			bucket = existing
		}
		if err := s.upsertRollupWithDictionaryTx(ctx, metricName, interval, key, bucket, cache, tx); err != nil {
			return 0, err
		}
	}
	return len(keys), nil
}

// writeRollupBucketsTx is retained for package callers and tests. It uses the
// same merge-safe path as normal sealed-minute writes.
func (s *Store) writeRollupBucketsTx(ctx context.Context, metricName string, interval time.Duration, buckets map[rollupKey]*rollupBucket, tx *sql.Tx) (int, error) {
	return s.mergeRollupBucketsWithDictionaryTx(ctx, metricName, interval, buckets, newRollupDictionaryCache(), tx)
}

// readRollupBucketTx reproduces rollup_store.go:233 (digest decoding trimmed).
func (s *Store) readRollupBucketTx(ctx context.Context, metricName string, key rollupKey, interval time.Duration, tx *sql.Tx) (*rollupBucket, error) {
	sqlText := fmt.Sprintf(`SELECT r.count, r.sum, r.sum_sq, r.min_val, r.max_val, r.first_val, r.first_ts_milli, r.last_val, r.last_ts_milli, r.digest, s.tags, l.labels
		FROM %s r JOIN %s s ON s.id = r.series_id JOIN %s d ON d.id = r.resolution_id JOIN %s l ON l.id = r.label_id
		WHERE s.metric_name = %s AND s.entity_id = %s AND s.tags_hash = %s AND d.resolution_milli = %s AND r.bucket_milli = %s AND l.labels_hash = %s`,
		s.tables.rollups, s.tables.series, s.tables.resolutions, s.tables.labels,
		s.dialect.placeholder(1), s.dialect.placeholder(2), s.dialect.placeholder(3), s.dialect.placeholder(4), s.dialect.placeholder(5), s.dialect.placeholder(6),
	)
	var count, firstTS, lastTS int64
	var sum, sumSq, min, max, firstVal, lastVal float64
	var digest []byte
	var tags, labels any
	err := tx.QueryRowContext(ctx, sqlText, metricName, key.entityID, key.tagsHash, interval.Milliseconds(), key.bucket, key.labelsHash).Scan(
		&count, &sum, &sumSq, &min, &max, &firstVal, &firstTS, &lastVal, &lastTS, &digest, &tags, &labels,
	)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	tagsJSON, err := rawJSONToString(tags)
	if err != nil {
		return nil, err
	}
	labelsJSON, err := rawJSONToString(labels)
	if err != nil {
		return nil, err
	}
	return &rollupBucket{count: count, sum: sum, sumSq: sumSq, min: min, max: max, firstVal: firstVal, firstTS: firstTS, lastVal: lastVal, lastTS: lastTS, digest: digest, tagsHash: key.tagsHash, tagsJSON: tagsJSON, labelsHash: key.labelsHash, labelsJSON: labelsJSON}, nil
}
