// Package workers is a reduced copy of internal/processing/workers.
package workers

import (
	"example.com/realworld/gotosocial/internal/state"
)

// Surface is internal/processing/workers/surface.go (fields trimmed).
type Surface struct {
	State *state.State
}

// utils is internal/processing/workers/util.go:39 (fields trimmed).
type utils struct {
	state   *state.State
	surface *Surface
}
