// Package ildap reproduces eryajf/go-ldap-admin 9e621c8a80b8 service/ildap (LDAP client replaced by third_party/ldap).
package ildap

var (
	User  = &UserService{}
	Group = &GroupService{}
)
