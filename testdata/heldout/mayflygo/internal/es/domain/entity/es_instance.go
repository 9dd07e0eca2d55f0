package entity

import "example.com/heldout/mayflygo/pkg/model"

// EsInstance (server/internal/es/domain/entity/es_instance.go:8; t_es_instance,
// AutoMigrate'd by migrations/v1_10.go:48: no index on (host, port,
// ssh_tunnel_machine_id); not in the legacy SQL script).
type EsInstance struct {
	model.Model

	Code               string  `json:"code" gorm:"size:32;not null;"`
	Name               string  `json:"name" gorm:"size:32;not null;"`
	Protocol           string  `json:"protocol" gorm:"size:10;not null;"`
	Host               string  `json:"host" gorm:"size:255;not null;"`
	Port               int     `json:"port"`
	Network            string  `json:"network" gorm:"size:20;"`
	Version            string  `json:"version" gorm:"size:50;"`
	Remark             *string `json:"remark" gorm:"size:255;"`
	SshTunnelMachineId int     `json:"sshTunnelMachineId"` // ssh隧道机器id
}

func (d *EsInstance) TableName() string {
	return "t_es_instance"
}

// 获取es连接网络 (trimmed)
func (d *EsInstance) GetNetwork() string {
	if d.Network == "" {
		return "tcp"
	}
	return d.Network
}
