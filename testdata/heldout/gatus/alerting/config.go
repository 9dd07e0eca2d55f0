// Package alerting reduces upstream alerting/config.go to the provider lookup used by the watchdog.
package alerting

import (
	"example.com/heldout/gatus/alerting/alert"
	"example.com/heldout/gatus/config/endpoint"
)

// AlertProvider sends alerts (upstream alerting/provider/provider.go).
type AlertProvider interface {
	Send(ep *endpoint.Endpoint, alert *alert.Alert, result *endpoint.Result, resolved bool) error
}

// Config is the alerting configuration.
type Config struct {
	Providers map[alert.Type]AlertProvider
}

// GetAlertingProviderByAlertType returns the provider for an alert type.
func (config *Config) GetAlertingProviderByAlertType(alertType alert.Type) AlertProvider {
	return config.Providers[alertType]
}
