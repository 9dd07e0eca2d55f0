package panel

import (
	"encoding/json"

	"example.com/heldout/sunpanel/service/api/api_v1/common/apiReturn"
	"example.com/heldout/sunpanel/service/api/api_v1/common/base"
	"example.com/heldout/sunpanel/service/global"
	"example.com/heldout/sunpanel/service/models"
	"example.com/heldout/sunpanel/third_party/gin"
	"example.com/heldout/sunpanel/third_party/gin/binding"

	"gorm.io/gorm"
)

type UserConfig struct {
}

// Set reproduces service/api/api_v1/panel/userConfig.go:42.
// POST /api/panel/userConfig/set (LoginInterceptor): insert the user's config row if
// missing, else update it.
func (a *UserConfig) Set(c *gin.Context) {
	userInfo, _ := base.GetCurrentUserInfo(c)
	req := models.UserConfig{}

	if err := c.ShouldBindBodyWith(&req, binding.JSON); err != nil {
		apiReturn.ErrorParamFomat(c, err.Error())
		return
	}

	// 处理字段
	if jb, err := json.Marshal(req.Panel); err != nil {
		req.PanelJson = "{}"
	} else {
		req.PanelJson = string(jb)
	}

	if jb, err := json.Marshal(req.SearchEngine); err != nil {
		req.SearchEngineJson = "{}"
	} else {
		req.SearchEngineJson = string(jb)
	}

	// 保存操作
	if err := global.Db.First(&models.UserConfig{}, "user_id=?", userInfo.ID).Error; err != nil { // race
		req.UserId = userInfo.ID
		if err == gorm.ErrRecordNotFound {
			// 新增
			if err := global.Db.Create(&req).Error; err != nil {
				apiReturn.ErrorDatabase(c, err.Error())
				return
			}
		} else {
			// 报错
			apiReturn.ErrorDatabase(c, err.Error())
			return
		}
	} else {
		// 修改
		if err := global.Db.Where("user_id=?", userInfo.ID).Updates(&req).Error; err != nil {
			apiReturn.ErrorDatabase(c, err.Error())
			return
		}
	}

	apiReturn.Success(c)
}
