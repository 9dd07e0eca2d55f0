// Package biz reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/biz.
package biz

import (
	"context"

	"example.com/realworld/chainloop/authz"
	"github.com/google/uuid"
)

// IdentityReference is biz/biz.go:74.
type IdentityReference struct {
	// ID is the unique identifier of the identity
	ID *uuid.UUID
	// Name is the name of the identity
	Name *string
}

// ToPtr is biz/biz.go:127.
func ToPtr[T any](v T) *T {
	return &v
}

// policyEnforcer stands in for the casbin enforcer behind AuthzUseCase.
type policyEnforcer interface {
	Enforce(ctx context.Context, sub string, p *authz.Policy) (bool, error)
}

// AuthzUseCase is biz/authz.go:30 (casbin/api-token internals trimmed).
type AuthzUseCase struct {
	casbinEnforcer policyEnforcer
}

// Enforce is biz/authz.go:55.
func (e *AuthzUseCase) Enforce(ctx context.Context, sub string, p *authz.Policy) (ok bool, err error) {
	return e.casbinEnforcer.Enforce(ctx, sub, p)
}
