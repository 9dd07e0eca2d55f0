package entity

import "example.com/heldout/mayflygo/pkg/model"

// Redis (server/internal/redis/domain/entity/redis.go:12; t_redis: no index on
// (host, ssh_tunnel_machine_id); mayfly-go.sql:561-579 only PRIMARY KEY (`id`)).
type Redis struct {
	model.Model

	Code               string `json:"code" gorm:"size:32;not null;"`                // code
	Name               string `json:"name" gorm:"size:255;not null;"`               // 名称
	Host               string `json:"host" gorm:"size:255;not null;"`               // 主机地址
	Mode               string `json:"mode" gorm:"size:32;"`                         // 模式
	Db                 string `json:"db" gorm:"size:64;comment:库号: 多个库用,分割"`        // 库号: 多个库用,分割
	SshTunnelMachineId int    `json:"sshTunnelMachineId" gorm:"comment:ssh隧道的机器id"` // ssh隧道机器id
	Remark             string `json:"remark" gorm:"size:255;"`
}
