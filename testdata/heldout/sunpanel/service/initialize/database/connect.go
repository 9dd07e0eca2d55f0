// Package database reproduces service/initialize/database/connect.go of hslr-s/sun-panel
// 25f46209d97a (the MySQL/SQLite Connect methods and the logger are left out).
package database

import (
	"example.com/heldout/sunpanel/service/lib/cmn"
	"example.com/heldout/sunpanel/service/models"

	"gorm.io/gorm"
)

const (
	MYSQL  = "mysql"
	SQLITE = "sqlite"
)

// CreateDatabase reproduces service/initialize/database/connect.go:110 (the whole schema:
// AutoMigrate of the models, no unique index among them).
// 创建数据库
func CreateDatabase(driver string, db *gorm.DB) error {

	// mysql特殊处理
	if driver == MYSQL {
		db = db.Set("gorm:table_options", "ENGINE=InnoDB")
	}

	// 创建数据表
	err := db.AutoMigrate(
		&models.User{},
		&models.SystemSetting{},
		&models.ItemIcon{},
		&models.UserConfig{},
		&models.File{},
		&models.ItemIconGroup{},
		&models.ModuleConfig{},
	)

	return err
}

// NotFoundAndCreateUser reproduces service/initialize/database/connect.go:132.
// 初始化一个用户,一个用户都没有的时候创建一个
func NotFoundAndCreateUser(db *gorm.DB) error {
	fUser := models.User{}
	if err := db.First(&fUser).Error; err != nil { // race
		if err != gorm.ErrRecordNotFound {
			return err
		}
		username := "admin@sun.cc"
		fUser.Mail = username
		fUser.Username = username
		fUser.Name = username
		fUser.Status = 1
		fUser.Role = 1
		fUser.Password = cmn.PasswordEncryption("12345678")

		if errCreate := db.Create(&fUser).Error; errCreate != nil {
			return errCreate
		}
	}

	return nil
}
