// Package config reduces upstream config/config.go to what the watchdog, API and storage use.
package config

import (
	"fmt"
	"strings"

	"example.com/heldout/gatus/alerting"
	"example.com/heldout/gatus/config/endpoint"
	"example.com/heldout/gatus/config/key"
	"example.com/heldout/gatus/config/maintenance"
	"example.com/heldout/gatus/config/suite"
	"example.com/heldout/gatus/storage"
)

// Config is the main configuration structure (upstream config/config.go)
type Config struct {
	Metrics           bool
	Alerting          *alerting.Config
	Endpoints         []*endpoint.Endpoint
	ExternalEndpoints []*endpoint.ExternalEndpoint
	Suites            []*suite.Suite
	Storage           *storage.Config
	Maintenance       *maintenance.Config
	Concurrency       int
}

// GetExternalEndpointByKey (upstream config/config.go:162)
func (config *Config) GetExternalEndpointByKey(key string) *endpoint.ExternalEndpoint {
	for i := 0; i < len(config.ExternalEndpoints); i++ {
		ee := config.ExternalEndpoints[i]
		if ee.Key() == strings.ToLower(key) {
			return ee
		}
	}
	return nil
}

// ValidateUniqueKeys (upstream config/config.go:540, called at :338 when loading the configuration):
// endpoint, external endpoint, suite and suite endpoint keys are unique across the whole configuration,
// so each endpoint key is written by one monitoring goroutine only (plus, for external endpoints, the push API).
func ValidateUniqueKeys(config *Config) error {
	keyMap := make(map[string]string) // key -> description for error messages
	// Check all endpoints
	for _, ep := range config.Endpoints {
		epKey := ep.Key()
		if existing, exists := keyMap[epKey]; exists {
			return fmt.Errorf("duplicate key '%s': endpoint '%s' conflicts with %s", epKey, ep.Key(), existing)
		}
		keyMap[epKey] = fmt.Sprintf("endpoint '%s'", ep.Key())
	}
	// Check all external endpoints
	for _, ee := range config.ExternalEndpoints {
		eeKey := ee.Key()
		if existing, exists := keyMap[eeKey]; exists {
			return fmt.Errorf("duplicate key '%s': external endpoint '%s' conflicts with %s", eeKey, ee.Key(), existing)
		}
		keyMap[eeKey] = fmt.Sprintf("external endpoint '%s'", ee.Key())
	}
	// Check all suites
	for _, suite := range config.Suites {
		suiteKey := suite.Key()
		if existing, exists := keyMap[suiteKey]; exists {
			return fmt.Errorf("duplicate key '%s': suite '%s' conflicts with %s", suiteKey, suite.Key(), existing)
		}
		keyMap[suiteKey] = fmt.Sprintf("suite '%s'", suite.Key())
		// Check endpoints within suites (they generate keys using suite group + endpoint name)
		for _, ep := range suite.Endpoints {
			epKey := key.ConvertGroupAndNameToKey(suite.Group, ep.Name)
			if existing, exists := keyMap[epKey]; exists {
				return fmt.Errorf("duplicate key '%s': endpoint '%s' in suite '%s' conflicts with %s", epKey, epKey, suite.Key(), existing)
			}
			keyMap[epKey] = fmt.Sprintf("endpoint '%s' in suite '%s'", epKey, suite.Key())
		}
	}
	return nil
}
