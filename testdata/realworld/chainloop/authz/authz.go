// Package authz reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/authz.
package authz

// Policy is authz/authz.go:20.
type Policy struct {
	Resource string
	Action   string
}

// Role is authz/authz.go:30.
type Role string

// IsAdmin is authz/authz.go:37.
func (r Role) IsAdmin() bool {
	return r == RoleAdmin || r == RoleOwner
}

// Roles and resources are authz/authz.go:41-99.
const (
	ActionCreate = "create"

	ResourceOrganizationInvitations = "organization_invitations"

	RoleInstanceAdmin Role = "role:instance:admin"

	RoleOwner  Role = "role:org:owner"
	RoleAdmin  Role = "role:org:admin"
	RoleViewer Role = "role:org:viewer"

	RoleOrgMember      Role = "role:org:member"
	RoleOrgContributor Role = "role:org:contributor"

	RoleProjectAdmin  Role = "role:project:admin"
	RoleProjectViewer Role = "role:project:viewer"

	RoleGroupMaintainer Role = "role:group:maintainer"

	RoleProductViewer Role = "role:product:viewer"
	RoleProductAdmin  Role = "role:product:admin"
)

// PolicyOrganizationInvitationsCreate is authz/authz.go:179.
var PolicyOrganizationInvitationsCreate = &Policy{ResourceOrganizationInvitations, ActionCreate}

// Values is authz/authz.go:453.
func (Role) Values() (roles []string) {
	for _, s := range []Role{
		RoleInstanceAdmin,

		RoleOwner,
		RoleAdmin,
		RoleViewer,

		// RBAC roles
		RoleOrgMember,
		RoleOrgContributor,
		RoleProjectAdmin,
		RoleProjectViewer,
		RoleGroupMaintainer,
		RoleProductAdmin,
		RoleProductViewer,
	} {
		roles = append(roles, string(s))
	}

	return
}
