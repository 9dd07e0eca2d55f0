// Package rbac is coderd/rbac reduced to what dbauthz and the handlers use.
package rbac

import (
	"context"
	"errors"
)

// Action is policy.Action.
type Action string

const (
	ActionCreate Action = "create"
	ActionRead   Action = "read"
	ActionUpdate Action = "update"
	ActionDelete Action = "delete"
)

// Object is rbac.Object (reduced).
type Object struct {
	Type  string
	ID    string
	Owner string
	OrgID string
}

// InOrg scopes the object to an organization.
func (z Object) InOrg(orgID interface{ String() string }) Object { z.OrgID = orgID.String(); return z }

// WithOwner scopes the object to an owner.
func (z Object) WithOwner(owner string) Object { z.Owner = owner; return z }

// WithID names the object.
func (z Object) WithID(id interface{ String() string }) Object { z.ID = id.String(); return z }

var (
	ResourceSystem             = Object{Type: "system"}
	ResourceUser               = Object{Type: "user"}
	ResourceUserObject         = Object{Type: "user_data"}
	ResourceFile               = Object{Type: "file"}
	ResourceTemplate           = Object{Type: "template"}
	ResourceWorkspace          = Object{Type: "workspace"}
	ResourceOrganization       = Object{Type: "organization"}
	ResourceOrganizationMember = Object{Type: "organization_member"}
	ResourceReplicas           = Object{Type: "replicas"}
	ResourceCryptoKey          = Object{Type: "crypto_key"}
)

// RoleIdentifier is rbac.RoleIdentifier.
type RoleIdentifier struct{ Name string }

func (r RoleIdentifier) String() string { return r.Name }

// RoleOwner is the site owner role.
func RoleOwner() RoleIdentifier { return RoleIdentifier{Name: "owner"} }

// Subject is the actor of a request.
type Subject struct {
	ID     string
	System bool
}

// Authorizer is rbac.Authorizer.
type Authorizer interface {
	Authorize(ctx context.Context, subject Subject, action Action, object Object) error
}

// UnauthorizedError is rbac.UnauthorizedError.
type UnauthorizedError struct{ Action Action }

func (e UnauthorizedError) Error() string { return "unauthorized: " + string(e.Action) }

// IsUnauthorizedError reports whether err is an UnauthorizedError.
func IsUnauthorizedError(err error) bool {
	var u UnauthorizedError
	return errors.As(err, &u)
}
