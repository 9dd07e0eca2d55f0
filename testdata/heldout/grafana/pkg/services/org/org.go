package org

import "context"

// Service (trimmed) — upstream pkg/services/org/org.go.
type Service interface {
	GetIDForNewUser(context.Context, GetOrgIDForNewUserCommand) (int64, error)
	InsertOrgUser(context.Context, *OrgUser) (int64, error)
	UpdateOrg(context.Context, *UpdateOrgCommand) error
	CreateWithMember(context.Context, *CreateOrgCommand) (*Org, error)
	GetOrCreate(context.Context, string) (int64, error)
	AddOrgUser(context.Context, *AddOrgUserCommand) error
}
