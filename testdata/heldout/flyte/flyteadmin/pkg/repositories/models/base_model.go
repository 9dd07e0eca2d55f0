// Package models reproduces flyteadmin/pkg/repositories/models (struct tags
// verbatim, unrelated columns trimmed). Note on keys: gorm.io/gorm's schema
// parser only makes `ID` the primary key when no other field is tagged
// primary_key; every keyed model below tags its natural key `primary_key`, so
// AutoMigrate (flyteadmin/pkg/repositories/config/migrations.go) creates that
// composite key as the table's PRIMARY KEY and BaseModel.ID is only an indexed
// auto-increment column.
package models

import "time"

// Base model definition for all models. (base_model.go:14)
type BaseModel struct {
	ID        uint `gorm:"index;autoIncrement"`
	CreatedAt time.Time
	UpdatedAt time.Time
	DeletedAt *time.Time `gorm:"index"`
}
