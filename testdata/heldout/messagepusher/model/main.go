package model

import (
	"os"

	"example.com/heldout/messagepusher/common"
	"example.com/heldout/messagepusher/pkg/driver/mysql"
	"example.com/heldout/messagepusher/pkg/driver/sqlite"
	"gorm.io/gorm"
)

// Upstream model/main.go. The schema is created by gorm AutoMigrate from the struct tags
// of User, Option, Message, Channel and Webhook (InitDB below); there is no migration SQL.

var DB *gorm.DB

func createRootAccountIfNeed() error {
	var user User
	//if user.Status != common.UserStatusEnabled {
	// Start-up only: InitDB runs once from main() before the HTTP server starts; the lookup is
	// "any user at all", not a key, and the root user's username is UNIQUE (user.go Username tag).
	if err := DB.First(&user).Error; err != nil { // safe: single-writer start-up path (InitDB from main before the server starts); the created "root" username is UNIQUE
		common.SysLog("no user exists, create a root user for you: username is root, password is 123456")
		hashedPassword, err := common.Password2Hash("123456")
		if err != nil {
			return err
		}
		rootUser := User{
			Username:    "root",
			Password:    hashedPassword,
			Role:        common.RoleRootUser,
			Status:      common.UserStatusEnabled,
			DisplayName: "Root User",
		}
		DB.Create(&rootUser)
	}
	return nil
}

func InitDB() (err error) {
	var db *gorm.DB
	if os.Getenv("SQL_DSN") != "" {
		// Use MySQL
		db, err = gorm.Open(mysql.Open(os.Getenv("SQL_DSN")), &gorm.Config{
			PrepareStmt: true, // precompile SQL
		})
	} else {
		// Use SQLite
		db, err = gorm.Open(sqlite.Open(common.SQLitePath), &gorm.Config{
			PrepareStmt: true, // precompile SQL
		})
		common.SysLog("SQL_DSN not set, using SQLite as database")
	}
	if err == nil {
		DB = db
		err := db.AutoMigrate(&User{})
		if err != nil {
			return err
		}
		err = db.AutoMigrate(&Option{})
		if err != nil {
			return err
		}
		err = db.AutoMigrate(&Message{})
		if err != nil {
			return err
		}
		err = db.AutoMigrate(&Channel{})
		if err != nil {
			return err
		}
		err = db.AutoMigrate(&Webhook{})
		if err != nil {
			return err
		}
		err = createRootAccountIfNeed()
		return err
	} else {
		common.FatalLog(err)
	}
	return err
}
