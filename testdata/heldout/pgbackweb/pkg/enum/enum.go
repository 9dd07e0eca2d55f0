// Package enum is a minimal stand-in for github.com/orsinium-labs/enum
// (v1.4.0): only the Member type used by the webhooks service.
package enum

// Member is an enum member, a specific value bound to a variable.
type Member[T comparable] struct {
	Value T
}
