// Package rotation is a trimmed reproduction of goalert's schedule/rotation
// package: the Rotation model, the participant store paths used by
// UpdateRotation, and the destination type constants.
package rotation

import (
	"time"

	"example.com/heldout/goalert/assignment"
)

// Type reproduces rotation.Type.
type Type string

// Rotation reproduces schedule/rotation/rotation.go (trimmed).
type Rotation struct {
	ID          string
	Name        string
	Description string
	Type        Type
	Start       time.Time
	ShiftLength int
}

// EndTime is trimmed from schedule/rotation/rotation.go.
func (r Rotation) EndTime(t time.Time) time.Time {
	return t.Add(time.Duration(r.ShiftLength) * time.Hour)
}

// Participant reproduces schedule/rotation/participant.go (trimmed).
type Participant struct {
	ID         string
	Position   int
	RotationID string
	Target     assignment.Target
}

// DestTypeRotation and FieldRotationID reproduce schedule/rotation/nfydest.go.
const (
	DestTypeRotation = "builtin-rotation"
	FieldRotationID  = "rotation_id"
)
