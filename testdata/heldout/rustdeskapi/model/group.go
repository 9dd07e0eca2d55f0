// Package model reproduces lejianwen/rustdesk-api c5687e150615 model.
package model

const (
	GroupTypeDefault = 1 // 默认
	GroupTypeShare   = 2 // 共享
)

// Group reproduces model/group.go:8.
type Group struct {
	IdModel
	Name string `json:"name" gorm:"default:'';not null;"`
	Type int    `json:"type" gorm:"default:1;not null;"`
	TimeModel
}
