package dao

import "example.com/heldout/webook/pkg/egorm"

// InitTables reproduces internal/interactive/internal/repository/dao/init.go:19.
func InitTables(db *egorm.Component) error {
	err := db.AutoMigrate(&Collection{}, &Interactive{}, &UserLikeBiz{}, &UserCollectionBiz{})
	return err
}
