// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"example.com/realworld/bbsgo/internal/cache"
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
)

// LevelConfigService is internal/services/level_config_service.go:17.
var LevelConfigService = newLevelConfigService()

// newLevelConfigService is internal/services/level_config_service.go:19.
func newLevelConfigService() *levelConfigService {
	return &levelConfigService{}
}

// levelConfigService is internal/services/level_config_service.go:23.
type levelConfigService struct {
}

// SaveAll 批量保存等级配置（Level 必须从 1 开始且连续，NeedExp 必须严格递增）
//
// Upstream: internal/services/level_config_service.go:55.
func (s *levelConfigService) SaveAll(items []models.LevelConfig) error {
	// validateLevelConfigItems(items) trimmed

	now := dates.NowTimestamp()
	err := sqls.WithTransaction(func(ctx *sqls.TxContext) error {
		existing := repositories.LevelConfigRepository.Find(ctx.Tx, sqls.NewCnd().Asc("level")) // race
		existingByLevel := make(map[int]int64, len(existing))
		maxExistingLevel := 0
		for _, e := range existing {
			existingByLevel[e.Level] = e.Id
			if e.Level > maxExistingLevel {
				maxExistingLevel = e.Level
			}
		}

		maxLevel := len(items)
		for i := range items {
			items[i].Status = constants.StatusOk
			items[i].UpdateTime = now
			if items[i].CreateTime == 0 {
				items[i].CreateTime = now
			}

			if id := existingByLevel[items[i].Level]; id > 0 {
				items[i].Id = id
				if err := repositories.LevelConfigRepository.Update(ctx.Tx, &items[i]); err != nil {
					return err
				}
			} else {
				items[i].Id = 0
				if err := repositories.LevelConfigRepository.Create(ctx.Tx, &items[i]); err != nil {
					return err
				}
			}
		}

		// 软删除超出范围的历史等级（只允许删尾部）
		if maxExistingLevel > maxLevel {
			for level := maxLevel + 1; level <= maxExistingLevel; level++ {
				if id := existingByLevel[level]; id > 0 {
					if err := repositories.LevelConfigRepository.Updates(ctx.Tx, id, map[string]interface{}{
						"status":      constants.StatusDeleted,
						"update_time": now,
					}); err != nil {
						return err
					}
				}
			}
		}

		return nil
	})
	if err != nil {
		return err
	}
	cache.LevelConfigCache.Reload()
	return nil
}
