package metric

import (
	"context"
	"database/sql"
	"sort"
	"time"
)

// flushClosedHotRollups reproduces hot_rollup.go:115.
func (s *Store) flushClosedHotRollups(ctx context.Context, now time.Time) (int, error) {
	s.rollupViewMu.Lock()
	defer s.rollupViewMu.Unlock()
	return s.flushClosedHotRollupsUnderView(ctx, now)
}

// flushClosedHotRollupsUnderView reproduces hot_rollup.go:121 (the closed
// minute selection is trimmed to "everything in s.hot").
func (s *Store) flushClosedHotRollupsUnderView(ctx context.Context, now time.Time) (int, error) {
	s.hotMu.Lock()
	closed := s.hot
	s.hot = make(map[string]map[rollupKey]*rollupBucket)
	s.hotMu.Unlock()
	if len(closed) == 0 {
		return 0, nil
	}
	if err := s.persistHotRollups(ctx, closed, now); err != nil {
		return 0, err
	}
	return len(closed), nil
}

// persistHotRollups reproduces hot_rollup.go:197: one transaction per flush,
// one writeTierCascadeTx per metric (minute replacements trimmed).
func (s *Store) persistHotRollups(ctx context.Context, byMetric map[string]map[rollupKey]*rollupBucket, now time.Time) error {
	names := make([]string, 0, len(byMetric))
	for name := range byMetric {
		names = append(names, name)
	}
	sort.Strings(names)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	for _, name := range names {
		policy, err := s.metricRollupPolicyTx(ctx, name, tx)
		if err != nil {
			return err
		}
		if _, err := s.writeTierCascadeTx(ctx, name, policy, byMetric[name], tx); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// metricRollupPolicyTx reproduces coarse_rollup.go:334.
func (s *Store) metricRollupPolicyTx(ctx context.Context, metricName string, tx *sql.Tx) (RollupPolicy, error) {
	var retentionDays int
	err := tx.QueryRowContext(ctx, "SELECT retention_days FROM "+s.tables.definitions+" WHERE name = "+s.dialect.placeholder(1), metricName).Scan(&retentionDays)
	if err != nil {
		return RollupPolicy{}, err
	}
	if retentionDays <= 0 {
		return RollupPolicy{}, nil
	}
	return s.cfg.RollupPolicy, nil
}
