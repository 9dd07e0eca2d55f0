// Package externalauth is coderd/externalauth reduced to the Config fields
// the external-auth handlers use.
package externalauth

import (
	"context"

	"example.com/realworld/coder/third_party/oauth2"
)

// DeviceAuth is the device-flow client of a provider.
type DeviceAuth struct {
	exchange func(ctx context.Context, deviceCode string) (*oauth2.Token, error)
}

// ExchangeDeviceCode exchanges a device code for an access token.
func (c *DeviceAuth) ExchangeDeviceCode(ctx context.Context, deviceCode string) (*oauth2.Token, error) {
	return c.exchange(ctx, deviceCode)
}

// Config is an external auth provider configuration.
type Config struct {
	// ID is a unique identifier for the authenticator.
	ID         string
	DeviceAuth *DeviceAuth
}
