package dao

import "example.com/heldout/webook/pkg/egorm"

// InitTables reproduces internal/member/internal/repository/dao/init.go.
func InitTables(db *egorm.Component) error {
	return db.AutoMigrate(&Member{}, &MemberRecord{})
}
