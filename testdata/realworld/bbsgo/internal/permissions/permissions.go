// Package permissions reproduces mlogclub/bbs-go 35f4190d73eb internal/permissions.
package permissions

import "strings"

// PermissionDefinition is internal/permissions/permissions.go:18.
type PermissionDefinition struct {
	Type        string
	Code        string
	GroupName   string
	SortNo      int
	NameEn      string
	NameZh      string
	Description string
}

// IsValid is internal/permissions/permissions.go:32.
func (p PermissionDefinition) IsValid() bool {
	return p.Type != "" &&
		p.Code != "" &&
		p.GroupName != "" &&
		p.SortNo > 0 &&
		p.NameEn != "" &&
		p.NameZh != "" &&
		strings.HasPrefix(p.Code, p.Type+".")
}

// PermissionDashboardView is internal/permissions/permissions.go:43 (Type/GroupName constants inlined).
var PermissionDashboardView = PermissionDefinition{Type: "dashboard", Code: "dashboard.view", GroupName: "workspace", SortNo: 10, NameEn: "Dashboard Access", NameZh: "进入后台"}

// Permissions is internal/permissions/permissions.go:119 (list trimmed).
var Permissions = []PermissionDefinition{
	PermissionDashboardView,
}
