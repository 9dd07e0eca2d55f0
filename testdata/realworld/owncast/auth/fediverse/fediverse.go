// Package fediverse is a reduced stand-in for owncast auth/fediverse (the
// in-memory OTP registrations).
package fediverse

import "sync"

// OTPRegistration is a pending one-time-password registration.
type OTPRegistration struct {
	UserID          string
	UserDisplayName string
	Code            string
	Account         string
}

// Service owns the pending OTP registrations.
type Service struct {
	mu      sync.Mutex
	pending map[string]OTPRegistration
}

// ValidateFediverseOTP checks code against the pending registration for
// accessToken and consumes it.
func (s *Service) ValidateFediverseOTP(accessToken, code string) (bool, *OTPRegistration) {
	s.mu.Lock()
	defer s.mu.Unlock()

	request, ok := s.pending[accessToken]
	if !ok || request.Code != code {
		return false, nil
	}

	delete(s.pending, accessToken)
	return true, &request
}
