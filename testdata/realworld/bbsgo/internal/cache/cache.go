// Package cache reproduces mlogclub/bbs-go 35f4190d73eb internal/cache (only the invalidation entry points the services call).
package cache

// invalidator stands in for the internal/cache cache types.
type invalidator struct{}

// Invalidate drops one cached entry.
func (invalidator) Invalidate(key interface{}) {}

// RefreshCheckInRank is internal/cache/user_cache.go (clears the check-in rank).
func (invalidator) RefreshCheckInRank() {}

// Reload is internal/cache/level_config_cache.go.
func (invalidator) Reload() {}

// Caches used by the reproduced services (internal/cache/*.go).
var (
	UserCache        invalidator
	UserBadgeCache   invalidator
	SysConfigCache   invalidator
	LevelConfigCache invalidator
)
