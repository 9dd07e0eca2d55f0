package relay

import (
	"fmt"
	"sync"

	"example.com/heldout/indigo/cmd/relay/relay/models"
)

// Slurper reproduces cmd/relay/relay/slurper.go (trimmed to the in-memory
// map of subscriptions, keyed by hostname).
type Slurper struct {
	subsLk sync.Mutex
	subs   map[string]*Subscription
}

// Subscription reproduces cmd/relay/relay/slurper.go:87 (trimmed).
type Subscription struct {
	Hostname string
	HostID   uint64
}

// NewSlurper reproduces cmd/relay/relay/slurper.go:138 (trimmed).
func NewSlurper() *Slurper {
	return &Slurper{subs: make(map[string]*Subscription)}
}

// CheckIfSubscribed reproduces cmd/relay/relay/slurper.go:237.
func (s *Slurper) CheckIfSubscribed(hostname string) bool {
	s.subsLk.Lock()
	defer s.subsLk.Unlock()

	_, ok := s.subs[hostname]
	return ok
}

// Subscribe reproduces cmd/relay/relay/slurper.go:248 (trimmed: the
// websocket connection and limiters are not reproduced).
func (s *Slurper) Subscribe(host *models.Host) error {
	s.subsLk.Lock()
	defer s.subsLk.Unlock()

	_, ok := s.subs[host.Hostname]
	if ok {
		return fmt.Errorf("already subscribed: %s", host.Hostname)
	}

	s.subs[host.Hostname] = &Subscription{Hostname: host.Hostname, HostID: host.ID}
	return nil
}
