// Package api reproduces lejianwen/rustdesk-api c5687e150615 http/controller/api.
package api

import (
	"time"

	"example.com/heldout/rustdeskapi/http/request/api"
	"example.com/heldout/rustdeskapi/http/response"
	"example.com/heldout/rustdeskapi/model"
	"example.com/heldout/rustdeskapi/service"
	"example.com/heldout/rustdeskapi/third_party/gin"
	"example.com/heldout/rustdeskapi/third_party/gin/binding"
)

// Audit reproduces http/controller/api/audit.go:13.
type Audit struct {
}

// AuditConn reproduces http/controller/api/audit.go:26.
func (a *Audit) AuditConn(c *gin.Context) {
	af := &api.AuditConnForm{}
	err := c.ShouldBindBodyWith(af, binding.JSON)
	if err != nil {
		response.Error(c, response.TranslateMsg(c, "ParamsError")+err.Error())
		return
	}
	ac := af.ToAuditConn()
	if af.Action == model.AuditActionNew {
		service.AllService.AuditService.CreateAuditConn(ac)
	} else if af.Action == model.AuditActionClose {
		ex := service.AllService.AuditService.InfoByPeerIdAndConnId(af.Id, af.ConnId) // safe: guard of an update only
		if ex.Id != 0 {
			ex.CloseTime = time.Now().Unix()
			service.AllService.AuditService.UpdateAuditConn(ex)
		}
	} else if af.Action == "" {
		ex := service.AllService.AuditService.InfoByPeerIdAndConnId(af.Id, af.ConnId)
		if ex.Id != 0 {
			up := &model.AuditConn{
				IdModel:   model.IdModel{Id: ex.Id},
				FromPeer:  ac.FromPeer,
				FromName:  ac.FromName,
				SessionId: ac.SessionId,
				Type:      ac.Type,
			}
			service.AllService.AuditService.UpdateAuditConn(up)
		}
	}
	response.Success(c, "")
}
