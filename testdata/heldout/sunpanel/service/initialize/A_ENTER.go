// Package initialize reproduces service/initialize/A_ENTER.go of hslr-s/sun-panel
// 25f46209d97a (start-up: InitApp → CommandRun, DatabaseConnect).
package initialize

import (
	"flag"
	"fmt"
	"os"

	"example.com/heldout/sunpanel/service/global"
	"example.com/heldout/sunpanel/service/initialize/database"
	"example.com/heldout/sunpanel/service/lib/cmn"
	"example.com/heldout/sunpanel/service/models"
)

// DatabaseConnect reproduces service/initialize/A_ENTER.go:97. The driver choice and
// connection (database.DbInit over MySQLConfig/SQLiteConfig, read from the ini config) are
// left out: global.Db is expected to be open; the rest is upstream's.
func DatabaseConnect() {
	// 数据库连接 - 开始
	databaseDrive := database.SQLITE // upstream: global.Config.GetValueStringOrDefault("base", "database_drive")
	models.Db = global.Db

	database.CreateDatabase(databaseDrive, global.Db)

	database.NotFoundAndCreateUser(global.Db)
}

// CommandRun reproduces service/initialize/A_ENTER.go:130 (the -config branch, which copies
// the embedded conf.example.ini, and the config initialisation are left out).
// 命令行运行
func CommandRun() {
	var (
		cfg bool
		pwd bool
	)

	flag.BoolVar(&cfg, "config", false, "Generate configuration file")
	flag.BoolVar(&pwd, "password-reset", false, "Reset the password of the first user")

	flag.Parse()

	if cfg {
		// 生成配置文件
		fmt.Println("Generating configuration file")
		os.Exit(0) // 务必退出
	} else if pwd {
		// 重置密码

		DatabaseConnect()
		userInfo := models.User{}
		if err := global.Db.Where("role=?", 1).Order("id").First(&userInfo).Error; err != nil { // safe: guard of an update only (no administrator is an error and exits; the first one's password is reset)
			fmt.Println("ERROR", err.Error())
			os.Exit(0) // 务必退出
		}

		newPassword := "12345678"

		updateInfo := models.User{
			Password: cmn.PasswordEncryption(newPassword),
			Token:    "",
		}
		// 重置第一个管理员的密码
		if err := global.Db.Select("Password", "Token").Where("id=?", userInfo.ID).Updates(&updateInfo).Error; err != nil {
			fmt.Println("ERROR", err.Error())
			os.Exit(0) // 务必退出
		}

		fmt.Println("The password has been successfully reset. Here is the account information")
		fmt.Println("Username ", userInfo.Username)
		fmt.Println("Password ", newPassword)
		os.Exit(0) // 务必退出
	} else {
		return
	}
	os.Exit(0) // 务必退出
}
