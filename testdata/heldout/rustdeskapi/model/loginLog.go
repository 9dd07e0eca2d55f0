// Package model reproduces lejianwen/rustdesk-api c5687e150615 model.
package model

// LoginLog reproduces model/loginLog.go:3 (fields trimmed).
type LoginLog struct {
	IdModel
	UserId   uint   `json:"user_id" gorm:"default:0;not null;"`
	DeviceId string `json:"device_id"`
	Uuid     string `json:"uuid"`
	TimeModel
}

const (
	LoginLogClientWebAdmin = "webadmin"
)
