// Package sub reproduces MHSanaei/3x-ui 02002dc1c304 internal/sub.
package sub

import (
	"encoding/json"
	"sync"
	"time"

	"example.com/realworld/threexui/database"
	"example.com/realworld/threexui/database/model"
	"example.com/realworld/threexui/logger"
)

// remoteRoutingKind is sub/remote_routing.go:29.
type remoteRoutingKind string

const (
	remoteRoutingHapp  remoteRoutingKind = "happ"
	remoteRoutingClash remoteRoutingKind = "clash"
)

// remoteRoutingKey is sub/remote_routing.go:45.
type remoteRoutingKey struct {
	kind   remoteRoutingKind
	source string
}

// remoteRoutingCacheEntry is sub/remote_routing.go:50.
type remoteRoutingCacheEntry struct {
	Source       string         `json:"source"`
	Content      string         `json:"content"`
	FetchedAt    int64          `json:"fetchedAt"`
	ETag         string         `json:"etag,omitempty"`
	LastModified string         `json:"lastModified,omitempty"`
	Clash        map[string]any `json:"-"`
}

// remoteRoutingFetch is sub/remote_routing.go:63.
type remoteRoutingFetch struct {
	done chan struct{}
	err  error
}

// remoteRoutingResolver is sub/remote_routing.go:68 (HTTP client and
// loader state trimmed).
type remoteRoutingResolver struct {
	mu          sync.Mutex
	entries     map[remoteRoutingKey]remoteRoutingCacheEntry
	inflight    map[remoteRoutingKey]*remoteRoutingFetch
	lastAttempt map[remoteRoutingKey]time.Time
	now         func() time.Time
	persist     bool
	fetchFn     func(key remoteRoutingKey, previous remoteRoutingCacheEntry, hasPrevious bool) (remoteRoutingCacheEntry, error)
}

// refresh is sub/remote_routing.go:215: the fetched entry is persisted after
// the resolver lock is released; inflight dedup is per (kind, source) while
// the settings key is per kind.
func (r *remoteRoutingResolver) refresh(key remoteRoutingKey, previous remoteRoutingCacheEntry, hasPrevious bool, fetch *remoteRoutingFetch) {
	entry, err := r.fetchFn(key, previous, hasPrevious)
	now := r.now()

	r.mu.Lock()
	r.lastAttempt[key] = now
	if err == nil {
		r.entries[key] = entry
	}
	fetch.err = err
	delete(r.inflight, key)
	close(fetch.done)
	r.mu.Unlock()

	if err != nil {
		logger.Warningf("Remote %s routing refresh failed", key.kind)
		return
	}
	if r.persist {
		r.persistEntry(key.kind, entry)
	}
}

// remoteRoutingSettingKey is sub/remote_routing.go:505.
func remoteRoutingSettingKey(kind remoteRoutingKind) string {
	return "_subRemoteRoutingCache_" + string(kind)
}

// persistEntry is sub/remote_routing.go:602: First by key, IsNotFound ->
// Create, else Save.
func (r *remoteRoutingResolver) persistEntry(kind remoteRoutingKind, entry remoteRoutingCacheEntry) {
	db := database.GetDB()
	if db == nil {
		return
	}
	encoded, err := json.Marshal(entry)
	if err != nil {
		return
	}
	key := remoteRoutingSettingKey(kind)
	var setting model.Setting
	err = db.Where("key = ?", key).First(&setting).Error // race
	if database.IsNotFound(err) {
		err = db.Create(&model.Setting{Key: key, Value: string(encoded)}).Error
	} else if err == nil {
		setting.Value = string(encoded)
		err = db.Save(&setting).Error
	}
	if err != nil {
		logger.Warningf("Could not persist the last valid %s remote routing value", kind)
	}
}
