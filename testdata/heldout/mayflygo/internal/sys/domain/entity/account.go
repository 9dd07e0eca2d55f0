package entity

import (
	"time"

	"example.com/heldout/mayflygo/pkg/model"
)

// Account reproduces server/internal/sys/domain/entity/account.go:11 (table
// t_sys_account, AutoMigrate'd from these tags by migrations/init.go:27).
// `username` has no unique tag (nor a UNIQUE KEY in
// resources/script/sql/mayfly-go.sql:598-616: only PRIMARY KEY (`id`)).
type Account struct {
	model.Model
	model.ExtraData

	Name          string        `json:"name" gorm:"size:30;not null;"`
	Username      string        `json:"username" gorm:"size:30;not null;"`
	Mobile        string        `json:"mobile" gorm:"size:20;"`
	Email         string        `json:"email" gorm:"size:100;"`
	Password      string        `json:"-" gorm:"size:64;not null;"`
	Status        AccountStatus `json:"status" gorm:"not null;"`
	LastLoginTime *time.Time    `json:"lastLoginTime"`
	LastLoginIp   string        `json:"lastLoginIp" gorm:"size:50;"`
	OtpSecret     string        `json:"-" gorm:"size:100;"`
}

func (a *Account) TableName() string {
	return "t_sys_account"
}

type AccountStatus int8

const (
	AccountEnable  AccountStatus = 1  // 启用状态
	AccountDisable AccountStatus = -1 // 禁用状态
)
