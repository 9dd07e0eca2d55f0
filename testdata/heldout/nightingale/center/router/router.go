// Package router reproduces the catalogued handlers of center/router (the
// center's gin HTTP API: page routes under /api/n9e, service routes under
// /v1/n9e). gin is the stand-in in pkg/thirdparty/gin.
package router

import (
	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/ctx"
	"example.com/heldout/nightingale/pkg/ginx"
	"example.com/heldout/nightingale/pkg/thirdparty/gin"
	"example.com/heldout/nightingale/pushgw/idents"
)

type ProxyAuth struct {
	Enable            bool
	HeaderUserNameKey string
	DefaultRoles      []string
}

type HTTP struct {
	ProxyAuth ProxyAuth
}

type Router struct {
	HTTP     HTTP
	Ctx      *ctx.Context
	IdentSet *idents.Set
}

// Username reproduces center/router/router_funcs.go Username.
func Username(c *gin.Context) string {
	username := c.MustGet("username")
	return username.(string)
}

// Render reproduces center/router/router_funcs.go Render.
func Render(c *gin.Context, data, msg interface{}) {
	ginx.NewRender(c).Data(data, msg)
}

// bombErr reproduces center/router/router_mw.go bombErr.
func bombErr(code int, err error) {
	ginx.Bomb(code, "%s", err.Error())
}

var _ = models.AdminRole
