package watchdog

import (
	"context"
	"time"

	"example.com/heldout/gatus/config"
	"example.com/heldout/gatus/config/endpoint"
	"example.com/heldout/gatus/storage/store"
	"example.com/heldout/gatus/third_party/logr"
)

// monitorExternalEndpointHeartbeat (upstream watchdog/external_endpoint.go:14): one goroutine per external
// endpoint, started by Monitor (watchdog.go:50); executions run one after the other.
func monitorExternalEndpointHeartbeat(ee *endpoint.ExternalEndpoint, cfg *config.Config, ctx context.Context) {
	ticker := time.NewTicker(ee.Heartbeat.Interval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			logr.Warnf("[watchdog.monitorExternalEndpointHeartbeat] Canceling current execution of group=%s; endpoint=%s; key=%s", ee.Group, ee.Name, ee.Key())
			return
		case <-ticker.C:
			executeExternalEndpointHeartbeat(ee, cfg)
		}
	}
}

// executeExternalEndpointHeartbeat (upstream watchdog/external_endpoint.go:28; metrics and connectivity checks dropped)
func executeExternalEndpointHeartbeat(ee *endpoint.ExternalEndpoint, cfg *config.Config) {
	// Acquire semaphore to limit concurrent external endpoint monitoring
	if err := monitoringSemaphore.Acquire(ctx, 1); err != nil {
		logr.Debugf("[watchdog.executeExternalEndpointHeartbeat] Context cancelled, skipping execution: %s", err.Error())
		return
	}
	defer monitoringSemaphore.Release(1)
	convertedEndpoint := ee.ToEndpoint()
	hasReceivedResultWithinHeartbeatInterval, err := store.Get().HasEndpointStatusNewerThan(ee.Key(), time.Now().Add(-ee.Heartbeat.Interval)) // safe: one heartbeat goroutine per external endpoint; the inserted row is a new endpoint_results row (BIGSERIAL id, no unique key), not a get-or-create
	if err != nil {
		logr.Errorf("[watchdog.monitorExternalEndpointHeartbeat] Failed to check if endpoint has received a result within the heartbeat interval: %s", err.Error())
		return
	}
	if hasReceivedResultWithinHeartbeatInterval {
		// If we received a result within the heartbeat interval, we don't want to create a successful result, so we
		// skip the rest.
		logr.Infof("[watchdog.monitorExternalEndpointHeartbeat] Checked heartbeat for group=%s; endpoint=%s; key=%s; success=%v; errors=%d", ee.Group, ee.Name, ee.Key(), hasReceivedResultWithinHeartbeatInterval, 0)
		return
	}
	// All code after this point assumes the heartbeat failed
	result := &endpoint.Result{
		Timestamp: time.Now(),
		Success:   false,
		Errors:    []string{"heartbeat: no update received within " + ee.Heartbeat.Interval.String()},
	}
	UpdateEndpointStatus(convertedEndpoint, result)
	inEndpointMaintenanceWindow := false
	for _, maintenanceWindow := range ee.MaintenanceWindows {
		if maintenanceWindow.IsUnderMaintenance() {
			inEndpointMaintenanceWindow = true
		}
	}
	if !cfg.Maintenance.IsUnderMaintenance() && !inEndpointMaintenanceWindow {
		HandleAlerting(convertedEndpoint, result, cfg.Alerting)
		// Sync the failure/success counters back to the external endpoint
		ee.NumberOfSuccessesInARow = convertedEndpoint.NumberOfSuccessesInARow
		ee.NumberOfFailuresInARow = convertedEndpoint.NumberOfFailuresInARow
	}
}
