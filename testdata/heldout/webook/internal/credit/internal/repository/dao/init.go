package dao

import "example.com/heldout/webook/pkg/egorm"

// InitTables reproduces internal/credit/internal/repository/dao/init.go:19.
func InitTables(db *egorm.Component) error {
	return db.AutoMigrate(&Credit{}, &CreditLog{})
}
