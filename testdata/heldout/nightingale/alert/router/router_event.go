// Package router reproduces the alert engine's HTTP routes (alert/router),
// trimmed to eventPersist.
package router

import (
	"example.com/heldout/nightingale/models"
	"example.com/heldout/nightingale/pkg/ctx"
	"example.com/heldout/nightingale/pkg/ginx"
	"example.com/heldout/nightingale/pkg/thirdparty/gin"
)

type Router struct {
	Ctx *ctx.Context
}

// eventPersist reproduces alert/router/router_event.go:97 (POST
// /v1/n9e/event-persist, called by edge alert engines, alert/dispatch/consume.go:212).
func (rt *Router) eventPersist(c *gin.Context) {
	var event *models.AlertCurEvent
	ginx.BindJSON(c, &event)
	err := models.EventPersist(rt.Ctx, event)
	ginx.NewRender(c).Data(event.Id, err)
}
