package entity

import (
	"time"

	"example.com/heldout/mayflygo/pkg/model"
)

// Oauth2Account reproduces server/internal/auth/domain/entity/oauth2.go:8
// (t_oauth2_account, AutoMigrate'd by migrations/init.go:35). Its two unique
// indexes come from the tags: `index:account_id,unique` (:11) and
// `index:idx_identity,unique` (:12). It is a logic-delete model (DeletedModel):
// lookups add `is_deleted = 0`, Unbind sets is_deleted = 1, and the unique
// indexes cover deleted rows too. (The legacy install script
// resources/script/sql/mayfly-go.sql:583-592 declares only PRIMARY KEY (`id`);
// the init migration's AutoMigrate adds the tagged indexes.)
type Oauth2Account struct {
	model.DeletedModel

	AccountId uint64 `json:"accountId" gorm:"not null;column:account_id;index:account_id,unique;comment:账号ID"`
	Identity  string `json:"identity" gorm:"size:64;column:identity;index:idx_identity,unique;comment:身份标识"`

	CreateTime *time.Time `json:"createTime" gorm:"not null;"`
	UpdateTime *time.Time `json:"updateTime" gorm:"not null;"`
}

func (Oauth2Account) TableName() string {
	return "t_oauth2_account"
}
