// Package model reproduces lejianwen/rustdesk-api c5687e150615 model.
package model

import (
	"example.com/heldout/rustdeskapi/model/custom_types"
)

// StatusCode reproduces model/model.go:7.
type StatusCode int

const (
	COMMON_STATUS_ENABLE   StatusCode = 1 //通用状态 启用
	COMMON_STATUS_DISABLED StatusCode = 2 //通用状态 禁用
)

// IdModel reproduces model/model.go:14.
type IdModel struct {
	Id uint `gorm:"primaryKey" json:"id"`
}

// TimeModel reproduces model/model.go:17.
type TimeModel struct {
	CreatedAt custom_types.AutoTime `json:"created_at" gorm:"type:timestamp;"`
	UpdatedAt custom_types.AutoTime `json:"updated_at" gorm:"type:timestamp;"`
}

// Pagination reproduces model/model.go:23.
type Pagination struct {
	Page     int64 `form:"page" json:"page"`
	Total    int64 `form:"total" json:"total"`
	PageSize int64 `form:"page_size" json:"page_size"`
}
