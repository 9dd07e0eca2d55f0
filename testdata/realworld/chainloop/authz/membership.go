// Package authz reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/authz.
package authz

// MembershipType is authz/membership.go:19.
type MembershipType string

// ResourceType is authz/membership.go:22.
type ResourceType string

// Membership constants are authz/membership.go:24.
const (
	MembershipTypeUser  MembershipType = "user"
	MembershipTypeGroup MembershipType = "group"

	ResourceTypeInstance     ResourceType = "instance"
	ResourceTypeOrganization ResourceType = "organization"
	ResourceTypeProject      ResourceType = "project"
	ResourceTypeProduct      ResourceType = "product"
	ResourceTypeGroup        ResourceType = "group"
)

// Values is authz/membership.go:36.
func (MembershipType) Values() (values []string) {
	values = append(values,
		string(MembershipTypeUser),
		string(MembershipTypeGroup),
	)

	return
}

// Values is authz/membership.go:46.
func (ResourceType) Values() (values []string) {
	values = append(values,
		string(ResourceTypeInstance),
		string(ResourceTypeOrganization),
		string(ResourceTypeProject),
		string(ResourceTypeGroup),
		string(ResourceTypeProduct),
	)

	return
}
