// Package assignment is a trimmed reproduction of goalert's assignment package.
package assignment

// TargetType mirrors assignment.TargetType.
type TargetType string

// Target types.
const (
	TargetTypeEscalationPolicy TargetType = "escalationPolicy"
	TargetTypeService          TargetType = "service"
	TargetTypeSchedule         TargetType = "schedule"
	TargetTypeRotation         TargetType = "rotation"
	TargetTypeUser             TargetType = "user"
)

// Target mirrors assignment.Target.
type Target interface {
	TargetType() TargetType
	TargetID() string
}

// RawTarget mirrors assignment.RawTarget.
type RawTarget struct {
	ID   string
	Type TargetType
	Name string
}

// TargetType implements Target.
func (rt RawTarget) TargetType() TargetType { return rt.Type }

// TargetID implements Target.
func (rt RawTarget) TargetID() string { return rt.ID }

// UserTarget mirrors assignment.UserTarget.
type UserTarget string

// TargetType implements Target.
func (UserTarget) TargetType() TargetType { return TargetTypeUser }

// TargetID implements Target.
func (u UserTarget) TargetID() string { return string(u) }
