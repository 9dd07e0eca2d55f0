// Package config reproduces the constants of Dragonfly2 scheduler/config/constants.go
// read by manager/database.seed.
package config

const (
	// DefaultSeedPeerConcurrentUploadLimit is default number for seed peer concurrent upload limit.
	DefaultSeedPeerConcurrentUploadLimit = 2000

	// DefaultPeerConcurrentUploadLimit is default number for peer concurrent upload limit.
	DefaultPeerConcurrentUploadLimit = 200

	// DefaultSchedulerCandidateParentLimit is default limit the number of candidate parent.
	DefaultSchedulerCandidateParentLimit = 4

	// DefaultSchedulerFilterParentLimit is default limit the number for filter parent.
	DefaultSchedulerFilterParentLimit = 15
)
