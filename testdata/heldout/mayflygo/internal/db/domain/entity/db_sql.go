package entity

import (
	"example.com/heldout/mayflygo/pkg/model"
)

// DbSql 用户保存的数据库sql (server/internal/db/domain/entity/db_sql.go:8;
// t_db_sql: no index; mayfly-go.sql:113-129 only PRIMARY KEY (`id`)).
type DbSql struct {
	model.Model `orm:"-"`

	DbId uint64 `json:"dbId" gorm:"not null;"`
	Db   string `json:"db" gorm:"size:100;not null;"`
	Type int    `json:"type" gorm:"not null;"` // 类型
	Sql  string `json:"sql" gorm:"type:longtext;comment:sql语句"`
	Name string `json:"name" gorm:"size:255;not null;comment:sql模板名"`
}
