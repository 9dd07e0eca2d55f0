package rotationmanager

import (
	"context"
	"time"

	"example.com/heldout/goalert/schedule/rotation"
)

type advance struct {
	id          string
	newPosition int
}

type rotState struct {
	ShiftStart time.Time
	Position   int
	Version    int
}

// calcAdvance is trimmed from engine/rotationmanager/advance.go:24 (pure
// computation, no database access).
func calcAdvance(ctx context.Context, t time.Time, rot *rotation.Rotation, state rotState, partCount int) (*advance, error) {
	if rot.EndTime(state.ShiftStart).After(t) {
		return nil, nil
	}
	return &advance{newPosition: (state.Position + 1) % partCount}, nil
}
