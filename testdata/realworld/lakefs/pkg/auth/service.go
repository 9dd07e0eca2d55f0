package auth

import (
	"context"

	"example.com/realworld/lakefs/pkg/auth/model"
)

// Service is the subset of lakeFS pkg/auth/service.go:110 Service that the
// reproduced code calls. In a lakeFS server it is APIAuthService (HTTP to the
// auth server) or BasicAuthService (kv); the ACL auth server
// (contrib/auth/acl) serves it with acl.AuthService over kv.
type Service interface {
	IsAdvancedAuth() bool

	// users
	CreateUser(ctx context.Context, user *model.User) (string, error)
	DeleteUser(ctx context.Context, username string) error
	GetUser(ctx context.Context, username string) (*model.User, error)
	GetUserByExternalID(ctx context.Context, externalID string) (*model.User, error)
	UpdateUserFriendlyName(ctx context.Context, userID string, friendlyName string) error

	// groups
	CreateGroup(ctx context.Context, group *model.Group) (*model.Group, error)
	GetGroup(ctx context.Context, groupID string) (*model.Group, error)

	// group<->user memberships
	AddUserToGroup(ctx context.Context, username, groupID string) error

	// policies
	WritePolicy(ctx context.Context, policy *model.Policy, update bool) error

	// credentials
	CreateCredentials(ctx context.Context, username string) (*model.Credential, error)
	AddCredentials(ctx context.Context, username, accessKeyID, secretAccessKey string) (*model.Credential, error)

	// policy<->group attachments
	AttachPolicyToGroup(ctx context.Context, policyDisplayName, groupID string) error
	DetachPolicyFromGroup(ctx context.Context, policyDisplayName, groupID string) error
	ListGroupPolicies(ctx context.Context, groupID string, params *model.PaginationParams) ([]*model.Policy, *model.Paginator, error)
}
