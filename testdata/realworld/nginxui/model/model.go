// Package model reproduces 0xJacky/nginx-ui 1df16d75f689 model.
package model

import (
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"
)

// db is model/model.go:11.
var db *gorm.DB

// Model is model/model.go:13.
type Model struct {
	ID        uint64          `gorm:"primary_key" json:"id"`
	CreatedAt time.Time       `json:"created_at"`
	UpdatedAt time.Time       `json:"updated_at"`
	DeletedAt *gorm.DeletedAt `gorm:"index" json:"deleted_at,omitempty"`
}

// BaseModelUUID is model/model.go:21: defines a base model with UUID as the primary key.
type BaseModelUUID struct {
	ID        uuid.UUID `gorm:"type:uuid;primary_key;" json:"id"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// BeforeCreate is model/model.go:28: will set a UUID rather than numeric ID.
func (base *BaseModelUUID) BeforeCreate(tx *gorm.DB) (err error) {
	if base.ID == uuid.Nil {
		base.ID = uuid.New()
	}
	return
}

// Use is model/model.go:65.
func Use(tx *gorm.DB) { db = tx }

// UseDB is model/model.go:69.
func UseDB() *gorm.DB {
	return db
}
