// Package xray reproduces MHSanaei/3x-ui 02002dc1c304 internal/xray.
package xray

// ClientTraffic is xray/client_traffic.go:5 (email is unique).
type ClientTraffic struct {
	Id         int    `json:"id" form:"id" gorm:"primaryKey;autoIncrement" example:"14825"`
	InboundId  int    `json:"inboundId" form:"inboundId" gorm:"index:idx_client_traffics_inbound" example:"1"`
	Enable     bool   `json:"enable" form:"enable" example:"true"`
	Email      string `json:"email" form:"email" gorm:"unique" example:"user1"`
	Up         int64  `json:"up" form:"up" example:"1048576"`
	Down       int64  `json:"down" form:"down" example:"2097152"`
	ExpiryTime int64  `json:"expiryTime" form:"expiryTime" gorm:"index:idx_client_traffics_renew,priority:1" example:"1735689600000"`
	Total      int64  `json:"total" form:"total" example:"10737418240"`
	Reset      int    `json:"reset" form:"reset" gorm:"default:0;index:idx_client_traffics_renew,priority:2" example:"0"`
	ResetDay   int    `json:"resetDay" form:"resetDay" gorm:"default:0" example:"0"`
	ResetMax   int    `json:"resetMax" form:"resetMax" gorm:"default:0" example:"0"`
}
