// Package migrate reproduces the parts of models/migrate/migrate.go and
// models/migrate/migrate_es_index_pattern.go that decide uniqueness: the
// AutoMigrate list (struct tags in package models) and the DropUniqueFiledLimit
// calls that remove unique keys the init SQL or older releases created.
package migrate

import (
	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/thirdparty/logger"

	"gorm.io/gorm"
)

// Configs reproduces the migrate struct of models/migrate/migrate.go:460.
type Configs struct {
	Note      string `gorm:"column:note;type:varchar(1024);default:'';comment:note"`
	Cval      string `gorm:"column:cval;type:text;comment:config value"`
	External  int    `gorm:"column:external;type:int;default:0;comment:0\\:built-in 1\\:external"`
	Encrypted int    `gorm:"column:encrypted;type:int;default:0;comment:0\\:plaintext 1\\:ciphertext"`
	CreateAt  int64  `gorm:"column:create_at;type:int;default:0;comment:create_at"`
	CreateBy  string `gorm:"column:create_by;type:varchar(64);default:'';comment:create_by"`
	UpdateAt  int64  `gorm:"column:update_at;type:int;default:0;comment:update_at"`
	UpdateBy  string `gorm:"column:update_by;type:varchar(64);default:'';comment:update_by"`
}

func (Configs) TableName() string {
	return "configs"
}

// EsIndexPattern reproduces models/migrate/migrate_es_index_pattern.go:8: the
// table is created from it (only when missing) with
// uniqueIndex:idx_ds_name (datasource_id, name).
type EsIndexPattern struct {
	Id                     int64  `gorm:"primaryKey;type:bigint unsigned"`
	DatasourceId           int64  `gorm:"type:bigint not null default '0';uniqueIndex:idx_ds_name"`
	Name                   string `gorm:"type:varchar(191) not null default '';uniqueIndex:idx_ds_name"`
	TimeField              string `gorm:"type:varchar(128) not null default ''"`
	AllowHideSystemIndices int    `gorm:"type:tinyint(1) not null default 0"`
	FieldsFormat           string `gorm:"type:varchar(4096) not null default ''"`
	CreateAt               int64  `gorm:"type:bigint  default '0'"`
	CreateBy               string `gorm:"type:varchar(64) default ''"`
	UpdateAt               int64  `gorm:"type:bigint  default '0'"`
	UpdateBy               string `gorm:"type:varchar(64) default ''"`
}

// MigrateTables reproduces models/migrate/migrate.go:244, trimmed to the
// tables of the catalogued sites.
func MigrateTables(db *gorm.DB) error {
	dts := []interface{}{&Configs{}, &models.TargetBusiGroup{}, &models.AILLMConfig{},
		&models.AssistantChatRow{}, &models.AssistantMessageRow{}, &models.BuiltinComponent{},
		&models.AISkillFile{}}

	if !db.Migrator().HasTable("es_index_pattern") {
		if err := db.Table("es_index_pattern").AutoMigrate(&EsIndexPattern{}); err != nil {
			logger.Errorf("failed to migrate es index pattern table: %v", err)
		}
	}

	// migrate.go:272 (:266 for Postgres): builtin_components.ident must not be unique
	DropUniqueFiledLimit(db, &models.BuiltinComponent{}, "idx_ident", "idx_ident")

	for _, dt := range dts {
		err := db.AutoMigrate(dt)
		if err != nil {
			logger.Errorf("failed to migrate table:%v %v", dt, err)
		}
	}

	// migrate.go:340: configs.ckey must not be unique (built-in and external
	// configs may share a key); drops MySQL index ckey / Postgres constraint
	// configs_ckey_key created by a-n9e-for-Postgres.sql:70
	DropUniqueFiledLimit(db, &Configs{}, "ckey", "configs_ckey_key")

	return nil
}

// DropUniqueFiledLimit reproduces models/migrate/migrate.go:351.
func DropUniqueFiledLimit(db *gorm.DB, dst interface{}, uniqueFiled string, pgUniqueFiled string) { // UNIQUE KEY (`ckey`)
	// 先检查表是否存在，如果不存在则直接返回
	if !db.Migrator().HasTable(dst) {
		return
	}

	if db.Migrator().HasIndex(dst, uniqueFiled) {
		err := db.Migrator().DropIndex(dst, uniqueFiled) //mysql  DROP INDEX
		if err != nil {
			logger.Errorf("failed to DropIndex(%s) error: %v", uniqueFiled, err)
		}
	}
	if db.Migrator().HasConstraint(dst, pgUniqueFiled) {
		err := db.Migrator().DropConstraint(dst, pgUniqueFiled) //pg  DROP CONSTRAINT
		if err != nil {
			logger.Errorf("failed to DropConstraint(%s) error: %v", pgUniqueFiled, err)
		}
	}
}
