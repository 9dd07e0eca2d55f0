// Package snowflake is a minimal stand-in for github.com/tinode/snowflake
// (same API shape: NewSnowFlake, Next). Not a data-access library.
package snowflake

import (
	"sync"
	"time"
)

// SnowFlake generates unique 64-bit ids.
type SnowFlake struct {
	mu     sync.Mutex
	worker uint32
	last   uint64
}

// NewSnowFlake creates a generator for the given worker id.
func NewSnowFlake(workerID uint32) (*SnowFlake, error) {
	return &SnowFlake{worker: workerID}, nil
}

// Next returns the next unique id.
func (sf *SnowFlake) Next() (uint64, error) {
	sf.mu.Lock()
	defer sf.mu.Unlock()
	id := uint64(time.Now().UnixMilli())<<22 | uint64(sf.worker&0x3ff)<<12
	if id <= sf.last {
		id = sf.last + 1
	}
	sf.last = id
	return id, nil
}
