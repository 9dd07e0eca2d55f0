// Package controllers reproduces casdoor/casdoor e6b2338f8955 controllers.
package controllers

import (
	"example.com/realworld/casdoor/object"
	web "example.com/realworld/casdoor/third_party/beego"
)

// Response is controllers/base.go Response.
type Response struct {
	Status string      `json:"status"`
	Msg    string      `json:"msg"`
	Data   interface{} `json:"data"`
	Data2  interface{} `json:"data2"`
}

// ApiController is controllers/base.go (beego controller).
type ApiController struct {
	web.Controller
}

// ResponseOk is controllers/util.go.
func (c *ApiController) ResponseOk(data ...interface{}) {
	resp := &Response{Status: "ok"}
	if len(data) > 0 {
		resp.Data = data[0]
	}
	c.Data["json"] = resp
	c.ServeJSON()
}

// ResponseError is controllers/util.go.
func (c *ApiController) ResponseError(error string, data ...interface{}) {
	c.Data["json"] = &Response{Status: "error", Msg: error}
	c.ServeJSON()
}

// T is controllers/util.go (i18n trimmed).
func (c *ApiController) T(error string) string {
	return error
}

// GetAcceptLanguage is controllers/base.go.
func (c *ApiController) GetAcceptLanguage() string {
	return "en"
}

// IsAdmin is controllers/base.go (session lookup trimmed).
func (c *ApiController) IsAdmin() bool {
	return c.Ctx.Input.Query("isAdmin") == "true"
}

// getCurrentUser is controllers/base.go (session lookup trimmed).
func (c *ApiController) getCurrentUser() *object.User {
	user, err := object.GetUser(c.Ctx.Input.Query("sessionUser"))
	if err != nil {
		return nil
	}
	return user
}

// wrapActionResponse is controllers/util.go.
func wrapActionResponse(affected bool, e ...error) *Response {
	if len(e) != 0 && e[0] != nil {
		return &Response{Status: "error", Msg: e[0].Error()}
	} else if affected {
		return &Response{Status: "ok", Msg: "", Data: "Affected"}
	} else {
		return &Response{Status: "ok", Msg: "", Data: "Unaffected"}
	}
}
