// Package model reproduces lejianwen/rustdesk-api c5687e150615 model.
package model

// Version reproduces model/version.go:3.
type Version struct {
	IdModel
	Version uint `json:"version" gorm:"default:0;not null;"`
	TimeModel
}
