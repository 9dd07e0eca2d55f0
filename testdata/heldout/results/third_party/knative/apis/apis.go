// Package apis is a small stand-in for knative.dev/pkg/apis (conditions only).
package apis

// ConditionType is the type of a condition.
type ConditionType string

// ConditionSucceeded is the Succeeded condition.
const ConditionSucceeded ConditionType = "Succeeded"

// Condition is a status condition.
type Condition struct {
	Type   ConditionType
	Status string
}

// IsUnknown reports whether the condition is still running.
func (c *Condition) IsUnknown() bool { return c == nil || c.Status == "Unknown" }

// ConditionAccessor gives access to conditions.
type ConditionAccessor interface {
	GetCondition(t ConditionType) *Condition
}
