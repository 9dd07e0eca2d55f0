// Package manager is a reduced copy of upstream internal/manager/manager.go:
// the link-tracking registration used while rendering campaign messages.
package manager

import (
	"fmt"
	"log"
	"strings"
	"sync"
)

// Store represents a data backend, such as a database,
// that provides subscriber and campaign records.
// upstream internal/manager/manager.go:49 (reduced)
type Store interface {
	CreateLink(url string) (string, error)
}

// Config has parameters for configuring the manager.
type Config struct {
	LinkTrackURL    string
	DisableTracking bool
}

// Manager handles the scheduling, processing, and queuing of campaigns
// and message pushes.
type Manager struct {
	cfg   Config
	store Store
	log   *log.Logger

	// Campaigns that are currently running.
	links    map[string]string
	linksMut sync.RWMutex
}

// New returns a new instance of Manager.
func New(cfg Config, store Store, l *log.Logger) *Manager {
	return &Manager{cfg: cfg, store: store, log: l, links: make(map[string]string)}
}

// TrackLink is the campaign template function "TrackLink" (upstream manager.go:373).
func (m *Manager) TrackLink(url, campUUID, subUUID string) string {
	if m.cfg.DisableTracking {
		return url
	}
	return m.trackLink(url, campUUID, subUUID)
}

// trackLink register a URL and return its UUID to be used in message templates
// for tracking links.
// upstream internal/manager/manager.go:611
func (m *Manager) trackLink(url, campUUID, subUUID string) string {
	if m.cfg.DisableTracking {
		return url
	}

	url = strings.ReplaceAll(url, "&amp;", "&")

	m.linksMut.RLock()
	if uu, ok := m.links[url]; ok { // safe: in-process cache; on a miss CreateLink runs INSERT ... ON CONFLICT (url) DO UPDATE ... RETURNING uuid
		m.linksMut.RUnlock()
		return fmt.Sprintf(m.cfg.LinkTrackURL, uu, campUUID, subUUID)
	}
	m.linksMut.RUnlock()

	// Register link.
	uu, err := m.store.CreateLink(url)
	if err != nil {
		m.log.Printf("error registering tracking for link '%s': %v", url, err)

		// If the registration fails, fail over to the original URL.
		return url
	}

	m.linksMut.Lock()
	m.links[url] = uu
	m.linksMut.Unlock()

	return fmt.Sprintf(m.cfg.LinkTrackURL, uu, campUUID, subUUID)
}
