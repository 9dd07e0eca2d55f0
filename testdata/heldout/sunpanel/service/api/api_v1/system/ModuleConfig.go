// Package system reproduces service/api/api_v1/system of hslr-s/sun-panel 25f46209d97a.
package system

import (
	"example.com/heldout/sunpanel/service/api/api_v1/common/apiReturn"
	"example.com/heldout/sunpanel/service/api/api_v1/common/base"
	"example.com/heldout/sunpanel/service/global"
	"example.com/heldout/sunpanel/service/models"
	"example.com/heldout/sunpanel/third_party/gin"
	"example.com/heldout/sunpanel/third_party/gin/binding"
)

type ModuleConfigApi struct{}

// Save reproduces service/api/api_v1/system/ModuleConfig.go:36.
// POST /api/system/moduleConfig/save (LoginInterceptor) → models.ModuleConfig.Save, which
// holds the lookup and the insert (the race is marked there).
func (a *ModuleConfigApi) Save(c *gin.Context) {
	req := models.ModuleConfig{}
	if err := c.ShouldBindWith(&req, binding.JSON); err != nil {
		apiReturn.ErrorParamFomat(c, err.Error())
		return
	}
	userInfo, _ := base.GetCurrentUserInfo(c)
	mCfg := models.ModuleConfig{}
	mCfg.UserId = userInfo.ID
	mCfg.Value = req.Value
	mCfg.Name = req.Name

	if err := mCfg.Save(global.Db); err != nil {
		apiReturn.ErrorDatabase(c, err.Error())
		return
	}
	apiReturn.Success(c)
}
