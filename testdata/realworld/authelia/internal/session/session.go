// Package session is a reduced copy of upstream internal/session (UserSession).
package session

import (
	"net"
	"time"

	"example.com/realworld/authelia/third_party/webauthn"
)

// UserSession is the structure representing the session of a user.
type UserSession struct {
	Username    string
	DisplayName string
	Emails      []string

	// WebAuthn holds the data of a WebAuthn registration ceremony in progress.
	WebAuthn *WebAuthn

	Elevations Elevations

	SecondFactorTOTP time.Time
}

// WebAuthn holds the standard webauthn session data plus some extra.
type WebAuthn struct {
	*webauthn.SessionData
	Description string
}

// Elevations describes various session elevations.
type Elevations struct {
	User *Elevation
}

// Elevation is an individual elevation.
type Elevation struct {
	ID       int
	RemoteIP net.IP
	Expires  time.Time
}

// IsAnonymous returns true if the username is empty.
func (s UserSession) IsAnonymous() bool {
	return s.Username == ""
}

// SetTwoFactorTOTP records a TOTP second factor.
func (s *UserSession) SetTwoFactorTOTP(now time.Time) {
	s.SecondFactorTOTP = now
}
