package entity

import (
	"example.com/heldout/mayflygo/pkg/model"
)

// Db (server/internal/db/domain/entity/db.go:7; t_db: only the non-unique
// `index:idx_db_code` on code; nothing on (name, instance_id, auth_cert_name);
// mayfly-go.sql:35-54 PRIMARY KEY (`id`), KEY `idx_code` (`code`)).
type Db struct {
	model.Model

	Code            string            `json:"code" gorm:"size:32;not null;index:idx_db_code"`
	Name            string            `json:"name" gorm:"size:255;not null;"`
	GetDatabaseMode DbGetDatabaseMode `json:"getDatabaseMode" gorm:"comment:库名获取方式（-1.实时获取、1.指定库名）"` // 获取数据库方式
	Database        string            `json:"database" gorm:"size:2000;"`
	Remark          string            `json:"remark" gorm:"size:255;"`
	InstanceId      uint64            `json:"instanceId" gorm:"not null;"`
	AuthCertName    string            `json:"authCertName" gorm:"size:255;"`
}

type DbGetDatabaseMode int8
