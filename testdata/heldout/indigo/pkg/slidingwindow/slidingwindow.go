// Package slidingwindow is a minimal stand-in for
// github.com/RussellLuo/slidingwindow (not in testdata/heldout/go.mod).
package slidingwindow

import (
	"sync"
	"time"
)

// Limiter stands in for slidingwindow.Limiter.
type Limiter struct {
	mu    sync.Mutex
	size  time.Duration
	limit int64
	count int64
	start time.Time
}

// NewLimiter stands in for slidingwindow.NewLimiter (the window factory is dropped).
func NewLimiter(size time.Duration, limit int64) *Limiter {
	return &Limiter{size: size, limit: limit, start: time.Now()}
}

// Allow reports whether one more event may happen now.
func (lim *Limiter) Allow() bool {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	if time.Since(lim.start) > lim.size {
		lim.start = time.Now()
		lim.count = 0
	}
	if lim.count >= lim.limit {
		return false
	}
	lim.count++
	return true
}
