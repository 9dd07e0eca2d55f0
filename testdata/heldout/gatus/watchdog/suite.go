package watchdog

import (
	"context"
	"time"

	"example.com/heldout/gatus/config"
	"example.com/heldout/gatus/config/suite"
	"example.com/heldout/gatus/storage/store"
	"example.com/heldout/gatus/third_party/logr"
)

// monitorSuite monitors a suite by executing it at regular intervals (upstream watchdog/suite.go:15):
// one goroutine per suite, executions one after the other.
func monitorSuite(s *suite.Suite, cfg *config.Config, ctx context.Context) {
	// Execute immediately on start
	executeSuite(s, cfg)
	// Set up ticker for periodic execution
	ticker := time.NewTicker(s.Interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			logr.Warnf("[watchdog.monitorSuite] Canceling monitoring for suite=%s", s.Name)
			return
		case <-ticker.C:
			executeSuite(s, cfg)
		}
	}
}

// executeSuite executes a suite with proper concurrency control (upstream watchdog/suite.go:33)
func executeSuite(s *suite.Suite, cfg *config.Config) {
	// Acquire semaphore to limit concurrent suite monitoring
	if err := monitoringSemaphore.Acquire(ctx, 1); err != nil {
		logr.Debugf("[watchdog.executeSuite] Context cancelled, skipping execution: %s", err.Error())
		return
	}
	defer monitoringSemaphore.Release(1)
	// Execute the suite using its Execute method
	result := s.Execute()
	// Store result
	UpdateSuiteStatus(s, result)
	// Handle alerting for suite endpoints
	for i, ep := range s.Endpoints {
		if i < len(result.EndpointResults) {
			epResult := result.EndpointResults[i]
			if cfg.Alerting != nil && !cfg.Maintenance.IsUnderMaintenance() {
				HandleAlerting(ep, epResult, cfg.Alerting)
			}
		}
	}
}

// UpdateSuiteStatus persists the suite result in the database (upstream watchdog/suite.go:80)
func UpdateSuiteStatus(s *suite.Suite, result *suite.Result) {
	if err := store.Get().InsertSuiteResult(s, result); err != nil {
		logr.Errorf("[watchdog.executeSuite] Failed to insert suite result for suite=%s: %v", s.Name, err)
	}
}
