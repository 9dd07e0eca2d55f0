package dao

import "example.com/heldout/webook/pkg/egorm"

// InitTables reproduces internal/marketing/internal/repository/dao/init.go:19.
func InitTables(db *egorm.Component) error {
	return db.AutoMigrate(&RedemptionCode{}, &RedeemLog{}, &GenerateLog{}, &InvitationCode{}, &InvitationRecord{})
}
