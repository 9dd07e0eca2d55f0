// Package api reproduces internal/mods/rbac/api of gin-admin: the gin handlers
// (routes registered in internal/mods/rbac/main.go:58) reduced to the ones that
// reach the catalogued sites.
package api

import (
	"example.com/heldout/ginadmin/internal/mods/rbac/biz"
	"example.com/heldout/ginadmin/internal/mods/rbac/schema"
	"example.com/heldout/ginadmin/pkg/util"
	"example.com/heldout/ginadmin/third_party/gin"
)

// Menu reproduces internal/mods/rbac/api/menu.api.go:11.
type Menu struct {
	MenuBIZ *biz.Menu
}

// Create reproduces menu.api.go:68 (POST /api/v1/menus).
func (a *Menu) Create(c *gin.Context) {
	ctx := c.Request.Context()
	item := new(schema.MenuForm)
	if err := util.ParseJSON(c, item); err != nil {
		util.ResError(c, err)
		return
	} else if err := item.Validate(); err != nil {
		util.ResError(c, err)
		return
	}

	result, err := a.MenuBIZ.Create(ctx, item)
	if err != nil {
		util.ResError(c, err)
		return
	}
	util.ResSuccess(c, result)
}

// Update reproduces menu.api.go:97 (PUT /api/v1/menus/:id).
func (a *Menu) Update(c *gin.Context) {
	ctx := c.Request.Context()
	item := new(schema.MenuForm)
	if err := util.ParseJSON(c, item); err != nil {
		util.ResError(c, err)
		return
	} else if err := item.Validate(); err != nil {
		util.ResError(c, err)
		return
	}

	err := a.MenuBIZ.Update(ctx, c.Param("id"), item)
	if err != nil {
		util.ResError(c, err)
		return
	}
	util.ResOK(c)
}
