package controllers

import (
	"encoding/json"

	"example.com/realworld/casdoor/object"
)

// AddUser is controllers/user.go:394 (user quota and register source
// trimmed). The existence checks are in object.CheckUpdateUser
// (object/check.go:806), called with an empty old user.
func (c *ApiController) AddUser() {
	var user object.User
	err := json.Unmarshal(c.Ctx.Input.RequestBody, &user)
	if err != nil {
		c.ResponseError(err.Error())
		return
	}

	emptyUser := object.User{}
	msg := object.CheckUpdateUser(&emptyUser, &user, c.GetAcceptLanguage())
	if msg != "" {
		c.ResponseError(msg)
		return
	}

	if user.RegisterType == "" {
		user.RegisterType = "Add User"
	}

	c.Data["json"] = wrapActionResponse(object.AddUser(&user, c.GetAcceptLanguage()))
	c.ServeJSON()
}
