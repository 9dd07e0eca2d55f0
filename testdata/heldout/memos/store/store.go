package store

import (
	"sync"
	"time"

	"example.com/heldout/memos/store/cache"
)

// Store reproduces store/store.go:14 (trimmed: no profile, deployment
// configuration or storage-driver cache).
// Store provides database access to all raw objects.
type Store struct {
	driver Driver

	userCreateMu   sync.Mutex
	authConfigMu   sync.Mutex
	refreshTokenMu sync.Mutex
	patMu          sync.Mutex
	memoViewMu     sync.Mutex

	// Cache settings
	cacheConfig cache.Config

	// Caches
	instanceSettingCache *cache.Cache // cache for instance settings
	userCache            *cache.Cache // cache for users
	userSettingCache     *cache.Cache // cache for user settings
}

// New reproduces store/store.go:48 (trimmed).
// New creates a new instance of Store.
func New(driver Driver) *Store {
	// Default cache settings
	cacheConfig := cache.Config{
		DefaultTTL:      10 * time.Minute,
		CleanupInterval: 5 * time.Minute,
		MaxItems:        1000,
	}

	store := &Store{
		driver:               driver,
		cacheConfig:          cacheConfig,
		instanceSettingCache: cache.New(cacheConfig),
		userCache:            cache.New(cacheConfig),
		userSettingCache:     cache.New(cacheConfig),
	}

	return store
}

// GetDriver reproduces store/store.go:73.
func (s *Store) GetDriver() Driver {
	return s.driver
}
