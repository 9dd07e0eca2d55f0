// Package dbcore reproduces database/dbcore/dbcore.go of komari-monitor/komari
// da4d5187c1b1, trimmed: the SQLite connection set-up (sqlitetune, gorm sqlite
// driver, SetMaxOpenConns(1), _txlock=immediate, dbcore.go:403-426) and the
// ./data zip backup are left out; doInitialize expects instance to be open.
package dbcore

import (
	"strings"
	"sync"

	"example.com/heldout/komari/database/models"
	"example.com/heldout/komari/internal/config"
	"example.com/heldout/komari/internal/migrations"
	logger "example.com/heldout/komari/utils/log"
	"gorm.io/gorm"
)

var (
	instance *gorm.DB
	once     sync.Once
	initErr  error
)

// SystemVersionKey 是记录“上次启动所用版本标识”的配置键（存于 configs 表）。
const SystemVersionKey = "system_version"

// versionID 是当前构建的版本标识，由 SetVersionID 在 Initialize 前注入。
var versionID string

// dbFileExistedAtStartup 记录本次进程启动、打开数据库之前 komari.db 是否已存在。
var dbFileExistedAtStartup bool

// SetVersionID reproduces dbcore.go:196.
func SetVersionID(id string) {
	versionID = id
}

// SetInstance stands in for the SQLite open in doInitialize (dbcore.go:403-426).
func SetInstance(db *gorm.DB) { instance = db }

// Initialize reproduces dbcore.go:312 (once-guarded start-up).
func Initialize() error {
	once.Do(func() { initErr = doInitialize() })
	return initErr
}

// GetDBInstance reproduces dbcore.go:322.
func GetDBInstance() *gorm.DB {
	return instance
}

// backupOnVersionUpgrade reproduces dbcore.go:223 (the zip backup is trimmed).
// It runs once at start-up from doInitialize (dbcore.go:437), before the HTTP
// server starts.
func backupOnVersionUpgrade() {
	if versionID == "" {
		return
	}

	// No default is passed, so GetAs does not write; the marker is written by
	// writeVersionMarker -> config.Set (ON CONFLICT (key) DO UPDATE).
	prevVersion, readErr := config.GetAs[string](SystemVersionKey) // safe: single start-up path, and the write is config.Set's ON CONFLICT (key) DO UPDATE upsert
	prevVersion = strings.TrimSpace(prevVersion)
	versionRecorded := readErr == nil && prevVersion != ""

	// 版本未变化，无需备份。
	if versionRecorded && prevVersion == versionID {
		return
	}

	// 全新安装：配置中无版本且启动前无数据库文件，直接写版本不备份。
	if !versionRecorded && !dbFileExistedAtStartup {
		writeVersionMarker()
		return
	}

	// (zip of ./data into ./data/backup/upgrade-*.zip trimmed)
	logger.Infof("dbcore", "[upgrade-backup] ./data backed up before upgrade (from %q to %q)", prevVersion, versionID)

	writeVersionMarker()
}

// writeVersionMarker 将当前 versionID 写入配置库。
func writeVersionMarker() {
	if err := config.Set(SystemVersionKey, versionID); err != nil {
		logger.Errorf("dbcore", "[upgrade-backup] failed to persist version marker: %v", err)
	}
}

// doInitialize reproduces dbcore.go:341 from the migrations on (:430-477).
func doInitialize() error {
	if err := migrations.Run(migrations.Context{DB: instance}); err != nil {
		return err
	}
	config.SetDb(instance)

	backupOnVersionUpgrade()

	err := instance.AutoMigrate(
		&models.User{},
		&models.Client{},
		&models.Clipboard{},
		&models.OfflineNotification{},
		&models.TrafficReportNotification{},
		&models.OidcProvider{},
		&models.MessageSenderProvider{},
		&models.ThemeConfiguration{},
		&models.PluginConfiguration{},
	)
	if err != nil {
		return err
	}
	if err := instance.AutoMigrate(
		&models.Session{},
	); err != nil {
		logger.Errorf("dbcore", "Failed to create Session table, it may already exist: %v", err)
	}
	return nil
}
