// Package models reproduces datacatalog/pkg/repositories/models (struct tags
// verbatim). The tables are created by DBHandle.Migrate (handle.go:74-104,
// AutoMigrate); the PRIMARY KEY of each is the set of primary_key fields.
package models

import "time"

type BaseModel struct {
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt *time.Time `sql:"index"`
}
