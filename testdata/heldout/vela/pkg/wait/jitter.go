// Package wait is a minimal stand-in for k8s.io/apimachinery/pkg/util/wait
// (used by go-vela/server's cmd/vela-server): only Jitter.
package wait

import (
	"math/rand"
	"time"
)

// Jitter returns a time.Duration between duration and duration + maxFactor *
// duration (same contract as wait.Jitter).
func Jitter(duration time.Duration, maxFactor float64) time.Duration {
	if maxFactor <= 0.0 {
		maxFactor = 1.0
	}

	return duration + time.Duration(rand.Float64()*maxFactor*float64(duration))
}
