package migrations

import (
	"time"

	authentity "example.com/heldout/mayflygo/internal/auth/domain/entity"
	dbentity "example.com/heldout/mayflygo/internal/db/domain/entity"
	fileentity "example.com/heldout/mayflygo/internal/file/domain/entity"
	flowentity "example.com/heldout/mayflygo/internal/flow/domain/entity"
	machineentity "example.com/heldout/mayflygo/internal/machine/domain/entity"
	mongoentity "example.com/heldout/mayflygo/internal/mongo/domain/entity"
	redisentity "example.com/heldout/mayflygo/internal/redis/domain/entity"
	sysentity "example.com/heldout/mayflygo/internal/sys/domain/entity"
	tagentity "example.com/heldout/mayflygo/internal/tag/domain/entity"
	"example.com/heldout/mayflygo/pkg/gormigrate"

	"gorm.io/gorm"
)

// Init reproduces server/migration/migrations/init.go:21 (the schema is created
// by AutoMigrate from the struct tags; the entity list is trimmed to the
// reproduced entities).
func Init() []*gormigrate.Migration {
	return []*gormigrate.Migration{
		{
			ID: "20250212-v1.9.2-init",
			Migrate: func(tx *gorm.DB) error {
				entities := [...]any{
					new(sysentity.Account),
					new(sysentity.Config),
					new(sysentity.Role),
					new(sysentity.AccountRole),
					new(sysentity.RoleResource),
					new(sysentity.Resource),

					new(authentity.Oauth2Account),

					new(fileentity.File),

					new(tagentity.TagTree),          // 标签树
					new(tagentity.Team),             // 团队信息
					new(tagentity.TeamMember),       // 团队成员
					new(tagentity.ResourceAuthCert), // 资源授权凭证
					new(tagentity.TagTreeRelate),    // 与标签树有关联关系的表

					new(flowentity.Procdef),
					new(flowentity.Procinst),

					new(machineentity.Machine),

					new(dbentity.DbInstance),
					new(dbentity.Db),
					new(dbentity.DbSql),
					new(dbentity.DataSyncTask),

					new(mongoentity.Mongo),

					new(redisentity.Redis),
				}

				for _, e := range entities {
					if err := tx.AutoMigrate(e); err != nil {
						return err
					}
				}

				// 如果存在账号数据，则不进行初始化系统数据
				var count int64
				tx.Model(&sysentity.Account{}).Count(&count) // safe: start-up migration, single writer (redis lock + gormigrate migrations-id PK, migration.go:17-23); the admin row has the fixed id 1
				if count > 0 {
					return nil
				}

				// 初始化管理员账号
				if err := initAccount(tx); err != nil {
					return err
				}

				return nil
			},
			Rollback: func(tx *gorm.DB) error {
				return nil
			}},
	}
}

func initAccount(tx *gorm.DB) error {
	account := &sysentity.Account{
		Username: "admin",
		Name:     "管理员",
		Password: "$2a$10$w3Wky2U.tinvR7c/s0aKPuwZsIu6pM1/DMJalwBDMbE6niHIxVrrm", // admin123.
		Status:   1,
	}

	account.Id = 1

	now := time.Now()
	account.CreateTime = &now
	account.UpdateTime = &now
	account.CreatorId = 1
	account.ModifierId = 1
	account.Creator = "admin"
	account.Modifier = "admin"

	return tx.Create(account).Error
}
