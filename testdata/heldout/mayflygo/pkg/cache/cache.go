// Package cache is trimmed from server/pkg/cache (local timed cache or redis):
// an in-process map standing for the global cache used by GetConfig.
package cache

import (
	"encoding/json"
	"sync"
	"time"
)

var (
	mu sync.Mutex
	m  = map[string][]byte{}
)

// Get 获取缓存值，并将其反序列化至valPtr
func Get(key string, valPtr any) bool {
	mu.Lock()
	defer mu.Unlock()
	b, ok := m[key]
	if !ok {
		return false
	}
	return json.Unmarshal(b, valPtr) == nil
}

// Set 设置缓存值
func Set(key string, value any, duration time.Duration) error {
	b, err := json.Marshal(value)
	if err != nil {
		return err
	}
	mu.Lock()
	defer mu.Unlock()
	m[key] = b
	return nil
}

// Del 删除缓存
func Del(key string) {
	mu.Lock()
	defer mu.Unlock()
	delete(m, key)
}
