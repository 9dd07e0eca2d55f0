// Package auth is convoy's auth package, reduced to Role.
package auth

import "errors"

type RoleType string

const (
	RoleInstanceAdmin     RoleType = "instance_admin"
	RoleOrganisationAdmin RoleType = "organisation_admin"
	RoleProjectAdmin      RoleType = "project_admin"
	RoleProjectViewer     RoleType = "project_viewer"
)

var roleRank = map[RoleType]int{
	RoleProjectViewer:     1,
	RoleProjectAdmin:      2,
	RoleOrganisationAdmin: 3,
	RoleInstanceAdmin:     4,
}

func (r RoleType) IsAtLeast(other RoleType) bool { return roleRank[r] >= roleRank[other] }

type Role struct {
	Type     RoleType `json:"type" db:"type"`
	Project  string   `json:"project" db:"project"`
	Endpoint string   `json:"endpoint,omitempty" db:"endpoint"`
}

func (r *Role) Validate(credType string) error {
	if _, ok := roleRank[r.Type]; !ok {
		return errors.New("invalid role type for " + credType)
	}
	return nil
}
