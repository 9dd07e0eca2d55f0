package store

import (
	"fmt"
)

// getUserSettingCacheKey reproduces store/cache.go:7.
func getUserSettingCacheKey(userID int32, key string) string {
	return fmt.Sprintf("%d-%s", userID, key)
}
