package schema

import (
	"time"

	"example.com/heldout/ginadmin/internal/config"
)

// RoleMenu reproduces internal/mods/rbac/schema/role_menu.go:11.
type RoleMenu struct {
	ID        string    `json:"id" gorm:"size:20;primarykey"` // Unique ID
	RoleID    string    `json:"role_id" gorm:"size:20;index"` // From Role.ID
	MenuID    string    `json:"menu_id" gorm:"size:20;index"` // From Menu.ID
	CreatedAt time.Time `json:"created_at" gorm:"index;"`     // Create time
	UpdatedAt time.Time `json:"updated_at" gorm:"index;"`     // Update time
}

// TableName reproduces schema/role_menu.go:19.
func (a *RoleMenu) TableName() string {
	return config.C.FormatTableName("role_menu")
}

// RoleMenus reproduces schema/role_menu.go:41.
type RoleMenus []*RoleMenu
