// Package dbr reproduces rocboss/paopao-ce 0b35d12b74c0 internal/dao/jinzhu/dbr (the GORM models;
// struct tags verbatim, unused methods left out).
package dbr

import (
	"time"

	"example.com/heldout/paopao/third_party/soft_delete"
	"gorm.io/gorm"
)

// Model reproduces internal/dao/jinzhu/dbr/model.go:15.
// Model 公共Model
type Model struct {
	ID         int64                 `gorm:"primary_key" json:"id"`
	CreatedOn  int64                 `json:"created_on"`
	ModifiedOn int64                 `json:"modified_on"`
	DeletedOn  int64                 `json:"deleted_on"`
	IsDel      soft_delete.DeletedAt `gorm:"softDelete:flag" json:"is_del"`
}

// The types reproduce internal/dao/jinzhu/dbr/model.go:23.
type (
	ConditionsT map[string]any
	Predicates  map[string][]any
)

// BeforeCreate reproduces internal/dao/jinzhu/dbr/model.go:28.
func (m *Model) BeforeCreate(tx *gorm.DB) (err error) {
	nowTime := time.Now().Unix()

	tx.Statement.SetColumn("created_on", nowTime)
	tx.Statement.SetColumn("modified_on", nowTime)
	return
}

// BeforeUpdate reproduces internal/dao/jinzhu/dbr/model.go:36.
func (m *Model) BeforeUpdate(tx *gorm.DB) (err error) {
	if !tx.Statement.Changed("modified_on") {
		tx.Statement.SetColumn("modified_on", time.Now().Unix())
	}

	return
}
