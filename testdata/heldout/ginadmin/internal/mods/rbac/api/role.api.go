package api

import (
	"example.com/heldout/ginadmin/internal/mods/rbac/biz"
	"example.com/heldout/ginadmin/internal/mods/rbac/schema"
	"example.com/heldout/ginadmin/pkg/util"
	"example.com/heldout/ginadmin/third_party/gin"
)

// Role reproduces internal/mods/rbac/api/role.api.go.
type Role struct {
	RoleBIZ *biz.Role
}

// Create reproduces role.api.go:69 (POST /api/v1/roles).
func (a *Role) Create(c *gin.Context) {
	ctx := c.Request.Context()
	item := new(schema.RoleForm)
	if err := util.ParseJSON(c, item); err != nil {
		util.ResError(c, err)
		return
	} else if err := item.Validate(); err != nil {
		util.ResError(c, err)
		return
	}

	result, err := a.RoleBIZ.Create(ctx, item)
	if err != nil {
		util.ResError(c, err)
		return
	}
	util.ResSuccess(c, result)
}

// Update reproduces role.api.go:98 (PUT /api/v1/roles/:id).
func (a *Role) Update(c *gin.Context) {
	ctx := c.Request.Context()
	item := new(schema.RoleForm)
	if err := util.ParseJSON(c, item); err != nil {
		util.ResError(c, err)
		return
	} else if err := item.Validate(); err != nil {
		util.ResError(c, err)
		return
	}

	err := a.RoleBIZ.Update(ctx, c.Param("id"), item)
	if err != nil {
		util.ResError(c, err)
		return
	}
	util.ResOK(c)
}

// Delete reproduces role.api.go:125 (DELETE /api/v1/roles/:id).
func (a *Role) Delete(c *gin.Context) {
	ctx := c.Request.Context()
	err := a.RoleBIZ.Delete(ctx, c.Param("id"))
	if err != nil {
		util.ResError(c, err)
		return
	}
	util.ResOK(c)
}
