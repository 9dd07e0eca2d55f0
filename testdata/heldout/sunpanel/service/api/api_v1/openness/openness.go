// Package openness reproduces service/api/api_v1/openness/openness.go of hslr-s/sun-panel
// 25f46209d97a (public, unauthenticated GET routes: service/router/openness/openness.go:13-14).
package openness

import (
	"example.com/heldout/sunpanel/service/api/api_v1/common/apiReturn"
	"example.com/heldout/sunpanel/service/global"
	"example.com/heldout/sunpanel/service/lib/cmn/systemSetting"
	"example.com/heldout/sunpanel/third_party/gin"
)

type Openness struct {
}

// GetDisclaimer reproduces service/api/api_v1/openness/openness.go:26.
// GET /api/getDisclaimer: a missing "disclaimer" setting (any error) is created empty.
func (a *Openness) GetDisclaimer(c *gin.Context) {
	if content, err := global.SystemSetting.GetValueString(systemSetting.DISCLAIMER); err != nil { // race
		global.SystemSetting.Set(systemSetting.DISCLAIMER, "")
		apiReturn.SuccessData(c, "")
		return
	} else {
		apiReturn.SuccessData(c, content)
	}
}

// GetAboutDescription reproduces service/api/api_v1/openness/openness.go:36.
// GET /api/getAboutDescription: a missing "web_about_description" setting is created empty.
func (a *Openness) GetAboutDescription(c *gin.Context) {
	if content, err := global.SystemSetting.GetValueString(systemSetting.WEB_ABOUT_DESCRIPTION); err != nil { // race
		global.SystemSetting.Set(systemSetting.WEB_ABOUT_DESCRIPTION, "")
		apiReturn.SuccessData(c, "")
		return
	} else {
		apiReturn.SuccessData(c, content)
	}
}
