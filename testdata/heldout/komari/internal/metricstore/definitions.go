// Package metricstore reproduces internal/metricstore/definitions.go of
// komari-monitor/komari da4d5187c1b1 (the built-in definition list is cut to
// a few entries).
package metricstore

import (
	"context"
	"errors"
	"fmt"

	"example.com/heldout/komari/pkg/metric"
)

const defaultBuiltinMetricRetentionDays = 1

const (
	MetricCPU         = "cpu.usage"
	MetricRAM         = "memory.used"
	MetricPingLatency = "ping.latency_ms"
)

// createMetricDefinitions creates built-in definitions with explicit policies.
func createMetricDefinitions(ctx context.Context, s *metric.Store) error {
	return createMetricDefinitionsWithDefaultRetention(ctx, s, defaultBuiltinMetricRetentionDays)
}

// EnsureBuiltinMetricDefinitions registers definitions for the server's
// built-in report and ping writers before a standalone Store receives points.
func EnsureBuiltinMetricDefinitions(ctx context.Context, s *metric.Store) error {
	return createMetricDefinitions(ctx, s)
}

// createMetricDefinitionsWithDefaultRetention reproduces definitions.go:60.
// Callers: openStoreWithDefaultRetention (store.go:48) when the store is
// opened (start-up, under storeInitMu) and OpenStoreForMigration, plus
// EnsureBuiltinMetricDefinitions from the legacy-monitoring migration guide
// (internal/migrations/legacy_monitoring.go:172).
func createMetricDefinitionsWithDefaultRetention(ctx context.Context, s *metric.Store, defaultRetentionDays int) error {
	if defaultRetentionDays < defaultBuiltinMetricRetentionDays {
		defaultRetentionDays = defaultBuiltinMetricRetentionDays
	}
	definitions := []metric.Definition{
		{Name: MetricCPU, Type: metric.TypeGauge, Unit: "%", Description: "CPU usage percentage", RetentionDays: defaultRetentionDays},
		{Name: MetricRAM, Type: metric.TypeGauge, Unit: "bytes", Description: "RAM used", RetentionDays: defaultRetentionDays},
		{Name: MetricPingLatency, Type: metric.TypeGauge, Unit: "ms", Description: "Ping latency", RetentionDays: defaultRetentionDays},
	}

	for _, def := range definitions {
		existing, err := s.GetMetric(ctx, def.Name) // safe: the write is UpsertMetric's INSERT ... ON CONFLICT(name) DO UPDATE / ON DUPLICATE KEY UPDATE on the definitions primary key (start-up path)
		if err != nil && !errors.Is(err, metric.ErrNotFound) {
			return fmt.Errorf("failed to get metric %s: %w", def.Name, err)
		}
		if err == nil {
			if existing.RetentionDays == 0 {
				continue
			}
			def.RetentionDays = existing.RetentionDays
		}
		if err := s.UpsertMetric(ctx, def); err != nil {
			return fmt.Errorf("failed to create metric %s: %w", def.Name, err)
		}
	}
	return nil
}
