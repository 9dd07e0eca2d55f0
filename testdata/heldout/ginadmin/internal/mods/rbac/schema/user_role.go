package schema

import (
	"time"

	"example.com/heldout/ginadmin/internal/config"
)

// UserRole reproduces internal/mods/rbac/schema/user_role.go:11.
type UserRole struct {
	ID        string    `json:"id" gorm:"size:20;primarykey"`           // Unique ID
	UserID    string    `json:"user_id" gorm:"size:20;index"`           // From User.ID
	RoleID    string    `json:"role_id" gorm:"size:20;index"`           // From Role.ID
	CreatedAt time.Time `json:"created_at" gorm:"index;"`               // Create time
	UpdatedAt time.Time `json:"updated_at" gorm:"index;"`               // Update time
	RoleName  string    `json:"role_name" gorm:"<-:false;-:migration;"` // From Role.Name
}

// TableName reproduces schema/user_role.go:20.
func (a *UserRole) TableName() string {
	return config.C.FormatTableName("user_role")
}

// UserRoles reproduces schema/user_role.go:45.
type UserRoles []*UserRole
