package config

// internal/config/consts.go:4-9
const (
	CacheNSForUser = "user"
	CacheNSForRole = "role"
)

const (
	CacheKeyForSyncToCasbin = "sync:casbin"
)
