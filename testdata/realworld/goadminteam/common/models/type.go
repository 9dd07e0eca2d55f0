// Package models reproduces go-admin-team/go-admin 85666f160f29 common/models.
package models

import "gorm.io/gorm/schema"

// ActiveRecord is common/models/type.go:5.
type ActiveRecord interface {
	schema.Tabler
	SetCreateBy(createBy int)
	SetUpdateBy(updateBy int)
	Generate() ActiveRecord
	GetId() interface{}
}
