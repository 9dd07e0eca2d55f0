package entity

import "example.com/heldout/mayflygo/pkg/model"

// 容器配置 (server/internal/docker/domain/entity/contrainer.go:6; t_container,
// AutoMigrate'd by migrations/v1_10.go:289: no index on addr).
type Container struct {
	model.Model
	model.ExtraData

	Code   string `json:"code" gorm:"size:32;comment:code"`        // code
	Name   string `json:"name" gorm:"size:32"`                     // 名称
	Addr   string `json:"addr" gorm:"size:64;not null;comment:地址"` // 地址
	Remark string `json:"remark" gorm:"comment:备注"`                // 备注
}
