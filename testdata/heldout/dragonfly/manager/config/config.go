// Package config reproduces, trimmed, Dragonfly2 manager/config: the job
// settings read by the sync-peers job and the cluster default of the seed.
package config

import "time"

const (
	// DefaultClusterJobRateLimit is default job rate limit of the cluster (constants.go:112).
	DefaultClusterJobRateLimit = 10

	// DefaultJobSyncPeersInterval (constants.go:103).
	DefaultJobSyncPeersInterval = 24 * time.Hour

	// DefaultJobSyncPeersTimeout (constants.go:109).
	DefaultJobSyncPeersTimeout = 10 * time.Minute

	// DefaultJobSyncPeersBatchSize (constants.go:116).
	DefaultJobSyncPeersBatchSize = 500
)

// Config is the manager configuration (trimmed).
type Config struct {
	Job JobConfig
}

// JobConfig is the job configuration (trimmed).
type JobConfig struct {
	SyncPeers SyncPeersConfig
}

// SyncPeersConfig is the sync peers job configuration (config.go:315).
type SyncPeersConfig struct {
	Interval  time.Duration
	Timeout   time.Duration
	BatchSize int
}
