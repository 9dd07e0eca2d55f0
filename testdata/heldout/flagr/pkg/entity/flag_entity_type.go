package entity

import "gorm.io/gorm"

// FlagEntityType reproduces pkg/entity/flag_entity_type.go:6 (table
// flag_entity_types, Key `uniqueIndex:flag_entity_type_key` :8).
type FlagEntityType struct {
	gorm.Model
	Key string `gorm:"type:varchar(64);uniqueIndex:flag_entity_type_key"`
}
