// Package models reproduces api/graphql/models of photoview (GORM v2 models
// whose struct tags declare the schema; api/database/database.go AutoMigrates them).
package models

import (
	"time"
)

// Model is api/graphql/models/base.go:7.
type Model struct {
	ID int `gorm:"primarykey"`
	ModelTimestamps
}

// ModelTimestamps is api/graphql/models/base.go:12.
type ModelTimestamps struct {
	CreatedAt time.Time
	UpdatedAt time.Time
}
