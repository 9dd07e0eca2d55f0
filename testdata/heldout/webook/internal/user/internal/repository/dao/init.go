package dao

import (
	"example.com/heldout/webook/pkg/egorm"
)

// InitTables reproduces internal/user/internal/repository/dao/init.go:7 (the
// UserPlugin sharding callbacks are not reproduced).
func InitTables(db *egorm.Component) error {
	return db.AutoMigrate(
		&User{},
		&UsersIelts{},
	)
}

type UsersIelts User

func (u *UsersIelts) TableName() string {
	return "users_ielts"
}
