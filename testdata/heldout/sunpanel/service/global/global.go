// Package global reproduces service/global/global.go of hslr-s/sun-panel 25f46209d97a
// (the variables the reproduced handlers use; Redis, config, monitor and rate limiter left out).
package global

import (
	"example.com/heldout/sunpanel/service/lib/cache"
	"example.com/heldout/sunpanel/service/lib/cmn/systemSetting"
	"example.com/heldout/sunpanel/service/lib/language"
	"example.com/heldout/sunpanel/service/models"
	"example.com/heldout/sunpanel/third_party/zap"

	"gorm.io/gorm"
)

var (
	Lang *language.LangStructObj

	UserToken  cache.Cacher[models.User]
	CUserToken cache.Cacher[string] // 用户token
	Logger     *zap.SugaredLogger
	Db         *gorm.DB

	SystemSetting *systemSetting.SystemSettingCache
)
