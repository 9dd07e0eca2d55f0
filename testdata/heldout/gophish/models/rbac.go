package models

// Reproduces models/rbac.go. Table roles: slug and name NOT NULL UNIQUE
// (db/db_sqlite3/migrations/20190105192341_0.8.0_rbac.sql:4-8).

const (
	// RoleAdmin is used for Gophish system administrators.
	RoleAdmin = "admin"
	// RoleUser is used for standard Gophish users.
	RoleUser = "user"
)

// Role represents a user role within Gophish. Each user has a single role
// which maps to a set of permissions.
type Role struct {
	ID          int64        `json:"-"`
	Slug        string       `json:"slug"`
	Name        string       `json:"name"`
	Description string       `json:"description"`
	Permissions []Permission `json:"-" gorm:"many2many:role_permissions;"`
}

// Permission determines what a particular role can do. Each role may have one
// or more permissions.
type Permission struct {
	ID          int64  `json:"id"`
	Slug        string `json:"slug"`
	Name        string `json:"name"`
	Description string `json:"description"`
}

// GetRoleBySlug returns a role that can be assigned to a user.
func GetRoleBySlug(slug string) (Role, error) {
	role := Role{}
	err := db.Where("slug=?", slug).First(&role).Error
	return role, err
}
