package api

import (
	"example.com/heldout/ginadmin/internal/mods/rbac/biz"
	"example.com/heldout/ginadmin/internal/mods/rbac/schema"
	"example.com/heldout/ginadmin/pkg/util"
	"example.com/heldout/ginadmin/third_party/gin"
)

// User reproduces internal/mods/rbac/api/user.api.go.
type User struct {
	UserBIZ *biz.User
}

// Create reproduces user.api.go:70 (POST /api/v1/users).
func (a *User) Create(c *gin.Context) {
	ctx := c.Request.Context()
	item := new(schema.UserForm)
	if err := util.ParseJSON(c, item); err != nil {
		util.ResError(c, err)
		return
	} else if err := item.Validate(); err != nil {
		util.ResError(c, err)
		return
	}

	result, err := a.UserBIZ.Create(ctx, item)
	if err != nil {
		util.ResError(c, err)
		return
	}
	util.ResSuccess(c, result)
}

// Update reproduces user.api.go:99 (PUT /api/v1/users/:id).
func (a *User) Update(c *gin.Context) {
	ctx := c.Request.Context()
	item := new(schema.UserForm)
	if err := util.ParseJSON(c, item); err != nil {
		util.ResError(c, err)
		return
	} else if err := item.Validate(); err != nil {
		util.ResError(c, err)
		return
	}

	err := a.UserBIZ.Update(ctx, c.Param("id"), item)
	if err != nil {
		util.ResError(c, err)
		return
	}
	util.ResOK(c)
}

// Delete reproduces user.api.go:126 (DELETE /api/v1/users/:id).
func (a *User) Delete(c *gin.Context) {
	ctx := c.Request.Context()
	err := a.UserBIZ.Delete(ctx, c.Param("id"))
	if err != nil {
		util.ResError(c, err)
		return
	}
	util.ResOK(c)
}

// ResetPassword reproduces user.api.go:144 (PATCH /api/v1/users/:id/reset-pwd).
func (a *User) ResetPassword(c *gin.Context) {
	ctx := c.Request.Context()
	err := a.UserBIZ.ResetPassword(ctx, c.Param("id"))
	if err != nil {
		util.ResError(c, err)
		return
	}
	util.ResOK(c)
}
