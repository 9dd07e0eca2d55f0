// Package memsto reproduces the in-memory target cache of
// memsto/target_cache.go (refreshed from the target and target_busi_group
// tables by a sync loop), trimmed to Get.
package memsto

import (
	"sync"

	"example.com/heldout/nightingale/models"
)

type TargetCacheType struct {
	sync.RWMutex
	targets map[string]*models.Target // key: ident
}

func (tc *TargetCacheType) Get(ident string) (*models.Target, bool) {
	tc.RLock()
	defer tc.RUnlock()
	val, has := tc.targets[ident]
	return val, has
}
