package entity

import "example.com/heldout/mayflygo/pkg/model"

// Mongo (server/internal/mongo/domain/entity/mongo.go:9; t_mongo: no index on
// (uri, ssh_tunnel_machine_id); mayfly-go.sql:540-555 only PRIMARY KEY (`id`)).
type Mongo struct {
	model.Model

	Code               string `json:"code" gorm:"size:32;comment:code"`             // code
	Name               string `json:"name" gorm:"not null;size:50;comment:名称"`      // 名称
	Uri                string `json:"uri" gorm:"not null;size:255;comment:连接uri"`   // 连接uri
	SshTunnelMachineId int    `json:"sshTunnelMachineId" gorm:"comment:ssh隧道的机器id"` // ssh隧道机器id
}
