package watchdog

import (
	"context"
	"time"

	"example.com/heldout/gatus/config"
	"example.com/heldout/gatus/config/endpoint"
	"example.com/heldout/gatus/storage/store"
	"example.com/heldout/gatus/third_party/logr"
)

// monitorEndpoint a single endpoint in a loop (upstream watchdog/endpoint.go:15)
func monitorEndpoint(ep *endpoint.Endpoint, cfg *config.Config, ctx context.Context) {
	// Run it immediately on start
	executeEndpoint(ep, cfg)
	// Loop for the next executions
	ticker := time.NewTicker(ep.Interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			logr.Warnf("[watchdog.monitorEndpoint] Canceling current execution of group=%s; endpoint=%s; key=%s", ep.Group, ep.Name, ep.Key())
			return
		case <-ticker.C:
			executeEndpoint(ep, cfg)
		}
	}
}

// executeEndpoint (upstream watchdog/endpoint.go:35; metrics and connectivity checks dropped)
func executeEndpoint(ep *endpoint.Endpoint, cfg *config.Config) {
	// Acquire semaphore to limit concurrent endpoint monitoring
	if err := monitoringSemaphore.Acquire(ctx, 1); err != nil {
		logr.Debugf("[watchdog.executeEndpoint] Context cancelled, skipping execution: %s", err.Error())
		return
	}
	defer monitoringSemaphore.Release(1)
	result := ep.EvaluateHealth()
	UpdateEndpointStatus(ep, result)
	inEndpointMaintenanceWindow := false
	for _, maintenanceWindow := range ep.MaintenanceWindows {
		if maintenanceWindow.IsUnderMaintenance() {
			inEndpointMaintenanceWindow = true
		}
	}
	if !cfg.Maintenance.IsUnderMaintenance() && !inEndpointMaintenanceWindow {
		HandleAlerting(ep, result, cfg.Alerting)
	}
}

// UpdateEndpointStatus persists the endpoint result in the storage (upstream watchdog/endpoint.go:75)
func UpdateEndpointStatus(ep *endpoint.Endpoint, result *endpoint.Result) {
	if err := store.Get().InsertEndpointResult(ep, result); err != nil {
		logr.Errorf("[watchdog.UpdateEndpointStatus] Failed to insert result in storage: %s", err.Error())
	}
}
