// Package actions reproduces go-admin-team/go-admin 85666f160f29 common/actions (the DataPermission type only).
package actions

// DataPermission is common/actions/permission.go:15.
type DataPermission struct {
	DataScope string
	UserId    int
	DeptId    int
	RoleId    int
}
