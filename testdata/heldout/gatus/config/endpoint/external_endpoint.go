package endpoint

import (
	"time"

	"example.com/heldout/gatus/alerting/alert"
	"example.com/heldout/gatus/config/key"
	"example.com/heldout/gatus/config/maintenance"
)

// HeartbeatConfig reduces upstream config/endpoint/heartbeat.Config.
type HeartbeatConfig struct {
	Interval time.Duration
}

// ExternalEndpoint is an endpoint whose result is pushed from outside Gatus
// (upstream config/endpoint/external_endpoint.go:24)
type ExternalEndpoint struct {
	Enabled                 *bool
	Name                    string
	Group                   string
	Token                   string
	Alerts                  []*alert.Alert
	MaintenanceWindows      []*maintenance.Config
	Heartbeat               HeartbeatConfig
	NumberOfFailuresInARow  int
	NumberOfSuccessesInARow int
}

// IsEnabled returns whether the endpoint is enabled or not
func (externalEndpoint *ExternalEndpoint) IsEnabled() bool {
	if externalEndpoint.Enabled == nil {
		return true
	}
	return *externalEndpoint.Enabled
}

// Key returns the unique key for the Endpoint (upstream config/endpoint/external_endpoint.go:85)
func (externalEndpoint *ExternalEndpoint) Key() string {
	return key.ConvertGroupAndNameToKey(externalEndpoint.Group, externalEndpoint.Name)
}

// ToEndpoint converts the ExternalEndpoint to an Endpoint (upstream config/endpoint/external_endpoint.go:90)
func (externalEndpoint *ExternalEndpoint) ToEndpoint() *Endpoint {
	endpoint := &Endpoint{
		Enabled:                 externalEndpoint.Enabled,
		Name:                    externalEndpoint.Name,
		Group:                   externalEndpoint.Group,
		Alerts:                  externalEndpoint.Alerts,
		NumberOfFailuresInARow:  externalEndpoint.NumberOfFailuresInARow,
		NumberOfSuccessesInARow: externalEndpoint.NumberOfSuccessesInARow,
	}
	return endpoint
}
