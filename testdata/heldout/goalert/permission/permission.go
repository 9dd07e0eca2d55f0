// Package permission is a trimmed reproduction of goalert's permission
// package: only the checker helpers called by the reproduced sites. It does
// not touch the database.
package permission

import (
	"context"
	"errors"

	"github.com/google/uuid"
)

// Role mirrors permission.Role.
type Role string

// Roles.
const (
	RoleUser  Role = "user"
	RoleAdmin Role = "admin"
)

// Checker mirrors permission.Checker.
type Checker func(context.Context) bool

// SourceType mirrors permission.SourceType.
type SourceType int

// Source types used by the reproduction.
const (
	SourceTypeNotificationCallback SourceType = iota
	SourceTypeContactMethod
	SourceTypeNotificationChannel
	SourceTypeUIK
)

// SourceInfo mirrors permission.SourceInfo.
type SourceInfo struct {
	Type SourceType
	ID   string
}

type ctxInfo struct {
	userID    string
	role      Role
	serviceID string
	system    bool
	src       *SourceInfo
}

type ctxKey struct{}

func info(ctx context.Context) ctxInfo {
	i, _ := ctx.Value(ctxKey{}).(ctxInfo)
	return i
}

// System checks for a system context.
func System(ctx context.Context) bool { return info(ctx).system }

// Admin checks for an admin context.
func Admin(ctx context.Context) bool { return info(ctx).system || info(ctx).role == RoleAdmin }

// User checks for a user context.
func User(ctx context.Context) bool { return info(ctx).system || info(ctx).userID != "" }

// Service checks for a service (integration key) context.
func Service(ctx context.Context) bool { return info(ctx).serviceID != "" }

// All allows any authenticated context.
func All(ctx context.Context) bool { return System(ctx) || User(ctx) || Service(ctx) }

// MatchUser allows the given user.
func MatchUser(id string) Checker {
	return func(ctx context.Context) bool { return info(ctx).userID == id }
}

// MatchService allows the given service.
func MatchService(id string) Checker {
	return func(ctx context.Context) bool { return info(ctx).serviceID == id }
}

// LimitCheckAny returns nil if any of the checkers pass.
func LimitCheckAny(ctx context.Context, checks ...Checker) error {
	for _, c := range checks {
		if c(ctx) {
			return nil
		}
	}
	return NewAccessDenied("")
}

// NewAccessDenied mirrors permission.NewAccessDenied.
func NewAccessDenied(msg string) error { return errors.New("access denied: " + msg) }

// Unauthorized mirrors permission.Unauthorized.
func Unauthorized() error { return errors.New("unauthorized") }

// UserID returns the user ID of the context.
func UserID(ctx context.Context) string { return info(ctx).userID }

// UserNullUUID returns the user ID of the context as a uuid.NullUUID.
func UserNullUUID(ctx context.Context) uuid.NullUUID {
	id, err := uuid.Parse(info(ctx).userID)
	return uuid.NullUUID{UUID: id, Valid: err == nil}
}

// ServiceID returns the service ID of the context.
func ServiceID(ctx context.Context) string { return info(ctx).serviceID }

// ServiceNullUUID returns the service ID of the context as a uuid.NullUUID.
func ServiceNullUUID(ctx context.Context) uuid.NullUUID {
	id, err := uuid.Parse(info(ctx).serviceID)
	return uuid.NullUUID{UUID: id, Valid: err == nil}
}

// Source returns the source info of the context.
func Source(ctx context.Context) *SourceInfo { return info(ctx).src }

// SystemContext returns a system context.
func SystemContext(ctx context.Context, name string) context.Context {
	i := info(ctx)
	i.system = true
	return context.WithValue(ctx, ctxKey{}, i)
}

// SudoContext runs fn with a system context.
func SudoContext(ctx context.Context, fn func(context.Context)) {
	fn(SystemContext(ctx, "Sudo"))
}

// UserSourceContext returns a user context.
func UserSourceContext(ctx context.Context, id string, r Role, src *SourceInfo) context.Context {
	return context.WithValue(ctx, ctxKey{}, ctxInfo{userID: id, role: r, src: src})
}
