// Package admin reproduces lejianwen/rustdesk-api c5687e150615 http/controller/admin.
package admin

import (
	"example.com/heldout/rustdeskapi/global"
	"example.com/heldout/rustdeskapi/http/request/admin"
	"example.com/heldout/rustdeskapi/http/response"
	"example.com/heldout/rustdeskapi/service"
	"example.com/heldout/rustdeskapi/third_party/gin"
)

// Oauth reproduces http/controller/admin/oauth.go:14.
type Oauth struct {
}

// Create reproduces http/controller/admin/oauth.go:175.
func (o *Oauth) Create(c *gin.Context) {
	f := &admin.OauthForm{}
	if err := c.ShouldBindJSON(f); err != nil {
		response.Fail(c, 101, response.TranslateMsg(c, "ParamsError")+err.Error())
		return
	}
	errList := global.Validator.ValidStruct(c, f)
	if len(errList) > 0 {
		response.Fail(c, 101, errList[0])
		return
	}
	u := f.ToOauth()
	err := u.FormatOauthInfo()
	if err != nil {
		response.Fail(c, 101, response.TranslateMsg(c, "ParamsError")+err.Error())
		return
	}
	ex := service.AllService.OauthService.InfoByOp(u.Op) // race
	if ex.Id > 0 {
		response.Fail(c, 101, response.TranslateMsg(c, "ItemExists"))
		return
	}
	err = service.AllService.OauthService.Create(u)
	if err != nil {
		response.Fail(c, 101, response.TranslateMsg(c, "OperationFailed")+err.Error())
		return
	}
	response.Success(c, nil)
}
