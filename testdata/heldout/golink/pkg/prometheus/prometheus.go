// Package prometheus is a minimal stand-in for
// github.com/prometheus/client_golang/prometheus (only the Gauge used by
// golink's totalLinkCount).
package prometheus

import "sync"

// GaugeOpts configures a Gauge.
type GaugeOpts struct {
	Name string
	Help string
}

// Gauge is a metric that can go up and down.
type Gauge interface {
	Set(float64)
	Inc()
	Dec()
}

type gauge struct {
	mu sync.Mutex
	v  float64
}

func (g *gauge) Set(v float64) { g.mu.Lock(); g.v = v; g.mu.Unlock() }
func (g *gauge) Inc()          { g.mu.Lock(); g.v++; g.mu.Unlock() }
func (g *gauge) Dec()          { g.mu.Lock(); g.v--; g.mu.Unlock() }

// NewGauge returns a new Gauge.
func NewGauge(opts GaugeOpts) Gauge { return &gauge{} }

// MustRegister registers collectors (no-op in the stand-in).
func MustRegister(cs ...any) {}
