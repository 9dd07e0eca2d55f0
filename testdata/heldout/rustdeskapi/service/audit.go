// Package service reproduces lejianwen/rustdesk-api c5687e150615 service.
package service

import (
	"example.com/heldout/rustdeskapi/model"
)

// AuditService reproduces service/audit.go:8.
type AuditService struct {
}

// CreateAuditConn reproduces service/audit.go:26.
func (as *AuditService) CreateAuditConn(u *model.AuditConn) error {
	res := DB.Create(u).Error
	return res
}

// UpdateAuditConn reproduces service/audit.go:35.
// Update 更新
func (as *AuditService) UpdateAuditConn(u *model.AuditConn) error {
	return DB.Model(u).Updates(u).Error
}

// InfoByPeerIdAndConnId reproduces service/audit.go:40.
func (as *AuditService) InfoByPeerIdAndConnId(peerId string, connId int64) (res *model.AuditConn) {
	res = &model.AuditConn{}
	DB.Where("peer_id = ? and conn_id = ?", peerId, connId).First(res)
	return
}
