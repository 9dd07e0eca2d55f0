// Package indieauth is a reduced stand-in for owncast auth/indieauth: the
// in-memory pending-request state and the token exchange are replaced by a
// stub that returns what HandleCallbackCode returns upstream.
package indieauth

import (
	"errors"
	"sync"
)

// Request is the pending auth request recorded when the flow started.
type Request struct {
	UserID             string
	DisplayName        string
	CurrentAccessToken string
}

// Response is the IndieAuth server's profile response.
type Response struct {
	Me string `json:"me"`
}

// Service owns the pending IndieAuth requests.
type Service struct {
	mu      sync.Mutex
	pending map[string]*Request
}

// HandleCallbackCode completes the flow for state and returns the pending
// request and the profile response.
func (s *Service) HandleCallbackCode(code, state string) (*Request, *Response, error) {
	s.mu.Lock()
	defer s.mu.Unlock()

	request, ok := s.pending[state]
	if !ok {
		return nil, nil, errors.New("no auth requests pending")
	}

	return request, &Response{Me: code}, nil
}
