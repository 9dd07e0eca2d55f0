// Package duo is a stand-in for upstream internal/duo (the Duo API client).
package duo

import (
	"context"

	"example.com/realworld/authelia/internal/session"
)

// Device is a Duo device as returned by the preauth call.
type Device struct {
	Device       string
	Capabilities []string
}

// PreAuthResponse is the response of the Duo preauth call.
type PreAuthResponse struct {
	Result          string
	StatusMessage   string
	Devices         []Device
	EnrollPortalURL string
}

// Provider is the Duo API.
type Provider interface {
	PreAuthCall(ctx context.Context, userSession *session.UserSession) (*PreAuthResponse, error)
	AuthCall(ctx context.Context, userSession *session.UserSession, device, method string) (result string, err error)
}
