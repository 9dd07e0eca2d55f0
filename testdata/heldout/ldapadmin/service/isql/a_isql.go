// Package isql reproduces eryajf/go-ldap-admin 9e621c8a80b8 service/isql (functions the sites do not reach are dropped).
package isql

var (
	User  = &UserService{}
	Group = &GroupService{}

	Menu = &MenuService{}
	Role = &RoleService{}

	FieldRelation = &FieldRelationService{}
)
