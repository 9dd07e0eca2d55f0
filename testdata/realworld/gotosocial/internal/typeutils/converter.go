// Package typeutils is a reduced copy of internal/typeutils.
package typeutils

import (
	"example.com/realworld/gotosocial/internal/state"
)

// Converter is internal/typeutils/converter.go:35 (fields trimmed).
type Converter struct {
	state *state.State
}

// NewConverter is internal/typeutils/converter.go.
func NewConverter(state *state.State) *Converter {
	return &Converter{state: state}
}
