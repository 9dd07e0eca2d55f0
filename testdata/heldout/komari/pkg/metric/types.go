// Package metric reproduces pkg/metric of komari-monitor/komari da4d5187c1b1:
// the metric store on database/sql (SQLite via mattn/go-sqlite3 by default,
// MySQL via go-sql-driver/mysql, PostgreSQL via pgx stdlib; the drivers are
// not imported here). Trimmed to the definition, dictionary-intern, rollup
// merge and maintenance-state paths; t-digests, raw windows and queries are
// left out.
package metric

import (
	"fmt"
	"strings"
	"time"
)

// Driver names a supported database backend.
type Driver string

const (
	DriverSQLite     Driver = "sqlite"
	DriverMySQL      Driver = "mysql"
	DriverPostgreSQL Driver = "postgresql"
)

// MetricType describes the semantic type of a metric.
type MetricType string

const (
	TypeGauge     MetricType = "gauge"
	TypeCounter   MetricType = "counter"
	TypeHistogram MetricType = "histogram"
	TypeSummary   MetricType = "summary"
)

// Definition describes a metric and its metadata (types.go:129).
type Definition struct {
	Name          string            `json:"name"`
	Description   string            `json:"description,omitempty"`
	Type          MetricType        `json:"type"`
	Unit          string            `json:"unit,omitempty"`
	RetentionDays int               `json:"retention_days,omitempty"`
	Metadata      map[string]string `json:"metadata,omitempty"`
	CreatedAt     time.Time         `json:"created_at,omitempty"`
	UpdatedAt     time.Time         `json:"updated_at,omitempty"`
}

// withDefaults fills default values on a metric definition.
func (d Definition) withDefaults() Definition {
	if d.Type == "" {
		d.Type = TypeGauge
	}
	return d
}

// Validate checks whether the value is well formed.
func (d Definition) Validate() error {
	if strings.TrimSpace(d.Name) == "" {
		return fmt.Errorf("%w: metric name is required", ErrInvalidArgument)
	}
	switch d.Type {
	case "", TypeGauge, TypeCounter, TypeHistogram, TypeSummary:
	default:
		return fmt.Errorf("%w: unsupported metric type %q", ErrInvalidArgument, d.Type)
	}
	if d.RetentionDays < 0 {
		return fmt.Errorf("%w: retention days cannot be negative", ErrInvalidArgument)
	}
	return nil
}

// RollupTier reproduces rollup.go:26.
type RollupTier struct {
	Interval  time.Duration `json:"interval"`
	Retention time.Duration `json:"retention"`
}

// RollupPolicy reproduces rollup.go:40 (finest tier first).
type RollupPolicy struct {
	RawRetention time.Duration `json:"raw_retention"`
	Tiers        []RollupTier  `json:"tiers"`
}

// Config reproduces the fields of config.go the reproduced paths read.
type Config struct {
	Driver       Driver
	TablePrefix  string
	RollupPolicy RollupPolicy
}

func timeMillis(t time.Time) int64 { return t.UTC().UnixMilli() }

func fromMillis(value int64) time.Time { return time.UnixMilli(value).UTC() }
