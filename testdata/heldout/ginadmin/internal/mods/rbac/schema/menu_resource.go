package schema

import (
	"time"

	"example.com/heldout/ginadmin/internal/config"
)

// MenuResource reproduces internal/mods/rbac/schema/menu_resource.go:11:
// menu_id `index` (:13); method and path carry no index at all (:14-15).
type MenuResource struct {
	ID        string    `json:"id" gorm:"size:20;primarykey"` // Unique ID
	MenuID    string    `json:"menu_id" gorm:"size:20;index"` // From Menu.ID
	Method    string    `json:"method" gorm:"size:20;"`       // HTTP method
	Path      string    `json:"path" gorm:"size:255;"`        // API request path (e.g. /api/v1/users/:id)
	CreatedAt time.Time `json:"created_at" gorm:"index;"`     // Create time
	UpdatedAt time.Time `json:"updated_at" gorm:"index;"`     // Update time
}

// TableName reproduces schema/menu_resource.go:20.
func (a *MenuResource) TableName() string {
	return config.C.FormatTableName("menu_resource")
}

// MenuResources reproduces schema/menu_resource.go:43.
type MenuResources []*MenuResource
