// Package access is a reduced copy of pkg/access/access.go and context.go.
package access

import "context"

// AccessLevel is the level of access allowed to a repo.
type AccessLevel int //nolint: revive

const (
	// NoAccess does not allow access to the repo.
	NoAccess AccessLevel = iota

	// ReadOnlyAccess allows read-only access to the repo.
	ReadOnlyAccess

	// ReadWriteAccess allows read and write access to the repo.
	ReadWriteAccess

	// AdminAccess allows read, write, and admin access to the repo.
	AdminAccess
)

// String returns the string representation of the access level.
func (a AccessLevel) String() string {
	switch a {
	case NoAccess:
		return "no-access"
	case ReadOnlyAccess:
		return "read-only"
	case ReadWriteAccess:
		return "read-write"
	case AdminAccess:
		return "admin-access"
	default:
		return "unknown"
	}
}

// ParseAccessLevel parses an access level string.
func ParseAccessLevel(s string) AccessLevel {
	switch s {
	case "no-access":
		return NoAccess
	case "read-only":
		return ReadOnlyAccess
	case "read-write":
		return ReadWriteAccess
	case "admin-access":
		return AdminAccess
	default:
		return AccessLevel(-1)
	}
}

// ContextKey is the context key for the access level.
var ContextKey = &struct{ string }{"access"}

// FromContext returns the access level from the context.
func FromContext(ctx context.Context) AccessLevel {
	if ac, ok := ctx.Value(ContextKey).(AccessLevel); ok {
		return ac
	}
	return -1
}

// WithContext returns a new context with the access level.
func WithContext(ctx context.Context, ac AccessLevel) context.Context {
	return context.WithValue(ctx, ContextKey, ac)
}
