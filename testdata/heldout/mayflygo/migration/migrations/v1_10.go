package migrations

import (
	"errors"
	"time"

	dockerentity "example.com/heldout/mayflygo/internal/docker/domain/entity"
	esentity "example.com/heldout/mayflygo/internal/es/domain/entity"
	flowentity "example.com/heldout/mayflygo/internal/flow/domain/entity"
	sysentity "example.com/heldout/mayflygo/internal/sys/domain/entity"
	"example.com/heldout/mayflygo/pkg/gormigrate"
	"example.com/heldout/mayflygo/pkg/model"

	"gorm.io/gorm"
)

// V1_10 reproduces server/migration/migrations/v1_10.go (the menu-resource
// UPDATE/INSERT statements of v1.10.2, v1.10.3 and v1.10.6 are trimmed).
func V1_10() []*gormigrate.Migration {
	var migrations []*gormigrate.Migration
	migrations = append(migrations, V1_10_0()...)
	migrations = append(migrations, V1_10_3()...)
	migrations = append(migrations, V1_10_4()...)
	migrations = append(migrations, V1_10_5()...)
	return migrations
}

func V1_10_0() []*gormigrate.Migration {
	return []*gormigrate.Migration{
		{
			ID: "20250520-v1.10.0-flow-recode",
			Migrate: func(tx *gorm.DB) error {
				err := tx.AutoMigrate(&flowentity.Procdef{},
					&flowentity.Procinst{},
					&flowentity.Execution{},
					&flowentity.HisProcinstOp{})
				if err != nil {
					return err
				}

				// 添加实例表
				entities := [...]any{
					new(esentity.EsInstance),
				}
				for _, e := range entities {
					if err := tx.AutoMigrate(e); err != nil {
						return err
					}
				}
				return nil
			},
			Rollback: func(tx *gorm.DB) error {
				return nil
			},
		},
	}
}

func V1_10_3() []*gormigrate.Migration {
	return []*gormigrate.Migration{
		{
			ID: "20250904-v1.10.3",
			Migrate: func(tx *gorm.DB) error {
				tx.AutoMigrate(&dockerentity.Container{})
				return nil
			},
			Rollback: func(tx *gorm.DB) error {
				return nil
			},
		},
	}
}

func V1_10_4() []*gormigrate.Migration {
	return []*gormigrate.Migration{
		{
			ID: "20251207-v1.10.4.1",
			Migrate: func(tx *gorm.DB) error {
				config := &sysentity.Config{}
				// 查询是否存在该配置
				result := tx.Model(config).Where("`key` = ?", "AiModelConfig").First(config) // safe: start-up migration, single writer (redis lock, migration.go:17-23; gormigrate runs it once, in a transaction, recording its id under a PK)
				if errors.Is(result.Error, gorm.ErrRecordNotFound) {
					// 如果不存在，则创建默认配置
					now := time.Now()
					aiConfig := &sysentity.Config{
						Key:        "AiModelConfig",
						Name:       "system.sysconf.aiModelConf",
						Value:      "{}", // 默认空JSON值
						Params:     `[{"model":"modelType","name":"system.sysconf.aiModelType","placeholder":"system.sysconf.aiModelTypePlaceholder","options":"openai"}]`,
						Permission: "all",
					}
					aiConfig.CreateTime = &now
					aiConfig.Modifier = "admin"
					aiConfig.ModifierId = 1
					aiConfig.UpdateTime = &now
					aiConfig.Creator = "admin"
					aiConfig.CreatorId = 1
					aiConfig.IsDeleted = 0
					return tx.Create(aiConfig).Error
				}

				return nil
			},
			Rollback: func(tx *gorm.DB) error {
				return nil
			},
		},
	}
}

func V1_10_5() []*gormigrate.Migration {
	return []*gormigrate.Migration{
		{
			ID: "20260107-v1.10.5",
			Migrate: func(tx *gorm.DB) error {
				resource := &sysentity.Resource{}
				// 查询是否存在该配置
				result := tx.Model(resource).Where("code = ?", "db:data:export").First(resource) // safe: start-up migration, single writer (redis lock + gormigrate); the row is inserted with the fixed primary key 1767788697
				if errors.Is(result.Error, gorm.ErrRecordNotFound) {
					// 如果不存在，则创建默认配置
					resource = &sysentity.Resource{
						Code:   "db:data:export",
						Name:   "menu.dbDataExport",
						Type:   sysentity.ResourceTypePermission,
						UiPath: "ocdrUNaa/fo59olyi/",
						Pid:    1756122788,
						Status: sysentity.ResourceStatusEnable,
					}
					resource.FillBaseInfo(model.IdGenTypeTimestamp, model.SysAccount)
					resource.Id = 1767788697
					return tx.Create(resource).Error
				}

				return nil
			},
			Rollback: func(tx *gorm.DB) error {
				return nil
			},
		},
	}
}
