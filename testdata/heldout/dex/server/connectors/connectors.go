// Package connectors reduces upstream server/connectors (the connector cache).
package connectors

// ConnectorGrantTypes is the set of grant types a connector may restrict to
// (upstream server/connectors/policy.go:10).
var ConnectorGrantTypes = map[string]bool{
	"authorization_code": true,
	"refresh_token":      true,
	"urn:ietf:params:oauth:grant-type:device_code":    true,
	"urn:ietf:params:oauth:grant-type:token-exchange": true,
	"password":           true,
	"client_credentials": true,
}

// Cache holds opened connectors (upstream server/connectors/connectors.go).
type Cache struct {
	open map[string]struct{}
}

// Close drops a cached connector so it is reopened from storage.
func (c *Cache) Close(id string) {
	delete(c.open, id)
}
