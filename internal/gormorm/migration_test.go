package gormorm

import (
	"go/types"
	"testing"
)

func TestUniqueTag(t *testing.T) {
	pkg := types.NewPackage("example.com/m", "m")
	model := types.NewNamed(types.NewTypeName(0, pkg, "SysUser", nil), types.NewStruct(nil, nil), nil)
	for _, c := range []struct {
		tag  string
		cols []string
		want string
	}{
		{"", []string{"email"}, `gorm:"uniqueIndex"`},
		{`json:"email"`, []string{"email"}, `json:"email" gorm:"uniqueIndex"`},
		{`json:"name" gorm:"type:varchar(64);not null"`, []string{"name"}, `json:"name" gorm:"type:varchar(64);not null;uniqueIndex"`},
		{`gorm:"index" json:"path"`, []string{"path", "method"}, `gorm:"index;uniqueIndex:idx_sys_user_path_method" json:"path"`},
		{`gorm:""`, []string{"key"}, `gorm:"uniqueIndex"`},
	} {
		if got := UniqueTag(c.tag, model, c.cols); got != c.want {
			t.Errorf("UniqueTag(%q, %v) = %q, want %q", c.tag, c.cols, got, c.want)
		}
	}
	if got := TableName(model); got != "sys_users" {
		t.Errorf("TableName = %q, want sys_users", got)
	}
	for in, want := range map[string]string{"category": "categories", "address": "addresses", "key": "keys", "box": "boxes"} {
		if got := Plural(in); got != want {
			t.Errorf("Plural(%q) = %q, want %q", in, got, want)
		}
	}
}
