// Package rediscli is trimmed from server/pkg/rediscli/lock.go. Upstream the
// lock is SETNX on go-redis (`cli.SetNX(ctx, "mayfly:lock:"+key, value, exp)`)
// and UnLock a compare-and-delete Lua script; `cli` is nil when no redis is
// configured, and NewLock then returns nil. Here `cli` is an in-process stand-in
// with the same SetNX shape (go-redis is not in the held-out module).
package rediscli

import (
	"sync"
	"time"

	"example.com/heldout/mayflygo/pkg/utils/stringx"
)

const LockKeyPrefix = "mayfly:lock:"

type setNXClient struct {
	mu   sync.Mutex
	keys map[string]string
}

func (c *setNXClient) SetNX(key, value string, expiration time.Duration) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.keys[key]; ok {
		return false
	}
	c.keys[key] = value
	return true
}

func (c *setNXClient) delIfEq(key, value string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.keys[key] == value {
		delete(c.keys, key)
		return true
	}
	return false
}

var cli *setNXClient // nil when redis is not configured (as upstream)

// Init stands for rediscli.SetCli at start-up when redis is configured.
func Init() { cli = &setNXClient{keys: map[string]string{}} }

// RedisLock redis实现的分布式锁
type RedisLock struct {
	key        string
	value      string // 唯一标识,一般使用uuid
	expiration time.Duration
}

func NewLock(key string, expiration time.Duration) *RedisLock {
	if key == "" || cli == nil {
		return nil
	}
	return &RedisLock{
		key:        key,
		value:      stringx.Rand(32),
		expiration: expiration,
	}
}

// Lock 添加分布式锁
func (rl *RedisLock) Lock() bool {
	return cli.SetNX(LockKeyPrefix+rl.key, rl.value, rl.expiration)
}

func (rl *RedisLock) UnLock() bool {
	return cli.delIfEq(LockKeyPrefix+rl.key, rl.value)
}
