package entity

import (
	"example.com/heldout/mayflygo/pkg/model"
)

// DbInstance 数据库实例信息 (server/internal/db/domain/entity/db_instance.go:9;
// t_db_instance: no index on (host, port, ssh_tunnel_machine_id);
// mayfly-go.sql:8-29 only PRIMARY KEY (`id`)).
type DbInstance struct {
	model.Model
	model.ExtraData // 连接需要的其他额外参数（json字符串），如oracle数据库需要指定sid等

	Code               string  `json:"code" gorm:"size:32;not null;"`
	Name               string  `json:"name" gorm:"size:32;not null;"`
	Type               string  `json:"type" gorm:"size:32;not null;"` // 类型，mysql oracle等
	Host               string  `json:"host" gorm:"size:255;not null;"`
	Port               int     `json:"port"`
	Network            string  `json:"network" gorm:"size:20;"`
	Params             *string `json:"params" gorm:"size:255;comment:其他连接参数"` // 使用指针类型，可更新为零值（空字符串）
	Remark             *string `json:"remark" gorm:"size:255;"`
	SshTunnelMachineId int     `json:"sshTunnelMachineId"` // ssh隧道机器id
}

func (d *DbInstance) TableName() string {
	return "t_db_instance"
}

// 获取数据库连接网络 (trimmed)
func (d *DbInstance) GetNetwork() string {
	if d.Network == "" {
		return "tcp"
	}
	return d.Network
}
