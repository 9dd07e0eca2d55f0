// Package model reproduces MHSanaei/3x-ui 02002dc1c304 internal/database/model.
package model

import (
	"example.com/realworld/threexui/xray"
)

// Protocol is database/model/model.go (inbound protocol name).
type Protocol string

// User is database/model/model.go:38 (no unique index).
type User struct {
	Id         int    `json:"id" gorm:"primaryKey;autoIncrement"`
	Username   string `json:"username"`
	Password   string `json:"password"`
	LoginEpoch int64  `json:"-" gorm:"default:0"`
}

// Inbound is database/model/model.go:46 (fields not used here trimmed).
type Inbound struct {
	Id          int                  `json:"id" form:"id" gorm:"primaryKey;autoIncrement" example:"1"`
	UserId      int                  `json:"-"`
	Remark      string               `json:"remark" form:"remark" example:"VLESS-443"`
	Enable      bool                 `json:"enable" form:"enable" gorm:"index:idx_enable_traffic_reset,priority:1" example:"true"`
	ClientStats []xray.ClientTraffic `gorm:"foreignKey:InboundId;references:Id" json:"clientStats" form:"clientStats"`

	Protocol       Protocol `json:"protocol" form:"protocol"`
	Settings       string   `json:"settings" form:"settings"`
	StreamSettings string   `json:"streamSettings" form:"streamSettings"`
	Tag            string   `json:"tag" form:"tag" gorm:"unique" example:"in-443-tcp"`
}

// InboundClientIps is database/model/model.go:111.
type InboundClientIps struct {
	Id          int    `json:"id" gorm:"primaryKey;autoIncrement"`
	ClientEmail string `json:"clientEmail" form:"clientEmail" gorm:"unique"`
	Ips         string `json:"ips" form:"ips"`
}

// ApiToken is database/model/model.go:169.
type ApiToken struct {
	Id        int    `json:"id" gorm:"primaryKey;autoIncrement"`
	Name      string `json:"name" gorm:"uniqueIndex;not null"`
	Token     string `json:"token" gorm:"not null"` // SHA-256 hash; the plaintext is shown only once at creation
	Enabled   bool   `json:"enabled" gorm:"default:true"`
	CreatedAt int64  `json:"createdAt" gorm:"autoCreateTime"`
	Scope     string `json:"scope" gorm:"not null;default:admin"`
	ExpiresAt int64  `json:"expiresAt" gorm:"not null;default:0"`
}

// Setting is database/model/model.go:766 (key index is not unique).
type Setting struct {
	Id    int    `json:"id" form:"id" gorm:"primaryKey;autoIncrement"`
	Key   string `json:"key" form:"key" gorm:"index:idx_settings_key"`
	Value string `json:"value" form:"value"`
}

// Client is database/model/model.go (client entry of inbound settings, trimmed).
type Client struct {
	ID         string `json:"id,omitempty"`
	Password   string `json:"password,omitempty"`
	Auth       string `json:"auth,omitempty"`
	Secret     string `json:"secret,omitempty"`
	Flow       string `json:"flow,omitempty"`
	Email      string `json:"email"`
	LimitIP    int    `json:"limitIp"`
	TotalGB    int64  `json:"totalGB"`
	ExpiryTime int64  `json:"expiryTime"`
	Enable     bool   `json:"enable"`
	SubID      string `json:"subId"`
	Group      string `json:"group,omitempty"`
	Comment    string `json:"comment"`
	Reset      int    `json:"reset"`
	ResetDay   int    `json:"resetDay,omitempty"`
	ResetMax   int    `json:"resetMax,omitempty"`
	CreatedAt  int64  `json:"created_at,omitempty"`
	UpdatedAt  int64  `json:"updated_at,omitempty"`
}

// ClientRecord is database/model/model.go:906 (trimmed to the fields merged here).
type ClientRecord struct {
	Id         int    `json:"id" gorm:"primaryKey;autoIncrement"`
	Email      string `json:"email" gorm:"uniqueIndex;not null"`
	SubID      string `json:"subId" gorm:"index;column:sub_id"`
	UUID       string `json:"uuid" gorm:"column:uuid"`
	Password   string `json:"password"`
	Auth       string `json:"auth"`
	Secret     string `json:"secret"`
	Flow       string `json:"flow"`
	LimitIP    int    `json:"limitIp" gorm:"column:limit_ip"`
	TotalGB    int64  `json:"totalGB" gorm:"column:total_gb"`
	ExpiryTime int64  `json:"expiryTime" gorm:"column:expiry_time"`
	Enable     bool   `json:"enable"`
	Group      string `json:"group" gorm:"column:group_name"`
	Comment    string `json:"comment"`
	Reset      int    `json:"reset"`
	ResetDay   int    `json:"resetDay" gorm:"column:reset_day"`
	ResetMax   int    `json:"resetMax" gorm:"column:reset_max"`
	CreatedAt  int64  `json:"createdAt" gorm:"autoCreateTime:milli"`
	UpdatedAt  int64  `json:"updatedAt" gorm:"autoUpdateTime:milli"`
}

// TableName is database/model/model.go:943.
func (ClientRecord) TableName() string { return "clients" }

// ClientGroup is database/model/model.go:945.
type ClientGroup struct {
	Id        int    `json:"id" gorm:"primaryKey;autoIncrement"`
	Name      string `json:"name" gorm:"uniqueIndex;not null"`
	ResetUp   int64  `json:"resetUp" gorm:"column:reset_up;default:0"`
	ResetDown int64  `json:"resetDown" gorm:"column:reset_down;default:0"`
	CreatedAt int64  `json:"createdAt" gorm:"autoCreateTime:milli"`
	UpdatedAt int64  `json:"updatedAt" gorm:"autoUpdateTime:milli"`
}

// TableName is database/model/model.go:954.
func (ClientGroup) TableName() string { return "client_groups" }

// ClientInbound is database/model/model.go:987 (composite primary key).
type ClientInbound struct {
	ClientId     int    `json:"clientId" gorm:"primaryKey;column:client_id;index"`
	InboundId    int    `json:"inboundId" gorm:"primaryKey;column:inbound_id;index"`
	FlowOverride string `json:"flowOverride" gorm:"column:flow_override"`
	CreatedAt    int64  `json:"createdAt" gorm:"autoCreateTime:milli"`
}

// TableName is database/model/model.go:994.
func (ClientInbound) TableName() string { return "client_inbounds" }

// ClientHwid is database/model/model.go:996.
type ClientHwid struct {
	Id          int    `json:"id" gorm:"primaryKey;autoIncrement"`
	SubID       string `json:"subId" gorm:"column:sub_id;not null;index;uniqueIndex:idx_client_hwids_sub_hash,priority:1"`
	HwidHash    string `json:"-" gorm:"column:hwid_hash;size:64;not null;uniqueIndex:idx_client_hwids_sub_hash,priority:2"`
	FirstSeen   int64  `json:"firstSeen" gorm:"column:first_seen;not null"`
	LastSeen    int64  `json:"lastSeen" gorm:"column:last_seen;not null;index"`
	UserAgent   string `json:"userAgent" gorm:"column:user_agent"`
	DeviceOS    string `json:"deviceOs" gorm:"column:device_os"`
	OsVersion   string `json:"osVersion" gorm:"column:os_version"`
	DeviceModel string `json:"deviceModel" gorm:"column:device_model"`
}

// TableName is database/model/model.go:1008.
func (ClientHwid) TableName() string { return "client_hwids" }

// ClientExternalLink is database/model/model.go:1017.
type ClientExternalLink struct {
	Id             int    `json:"id" gorm:"primaryKey;autoIncrement"`
	ClientId       int    `json:"clientId" gorm:"index;column:client_id"`
	Kind           string `json:"kind" gorm:"column:kind"`
	Value          string `json:"value" gorm:"column:value"`
	Remark         string `json:"remark" gorm:"column:remark"`
	Enable         *bool  `json:"enable" gorm:"column:enable;default:true"`
	ExpiryTime     int64  `json:"expiryTime" gorm:"column:expiry_time;default:0"`
	NamePrefix     string `json:"namePrefix" gorm:"column:name_prefix"`
	LastFetchAt    int64  `json:"lastFetchAt" gorm:"column:last_fetch_at;default:0"`
	LastFetchError string `json:"lastFetchError" gorm:"column:last_fetch_error"`
	SortIndex      int    `json:"sortIndex" gorm:"column:sort_index;default:0"`
}

// Host is database/model/model.go:1054 (trimmed).
type Host struct {
	Id        int    `json:"id" form:"id" gorm:"primaryKey;autoIncrement" example:"1"`
	GroupId   string `json:"groupId" form:"groupId" gorm:"column:group_id;index"`
	InboundId int    `json:"inboundId" form:"inboundId" gorm:"index;not null;column:inbound_id" validate:"required" example:"1"`
	SortOrder int    `json:"sortOrder" form:"sortOrder" gorm:"default:0;column:sort_order"`
	Remark    string `json:"remark" form:"remark" validate:"required,max=256" example:"cdn-front"`
	Address   string `json:"address" form:"address" example:"cdn.example.com"`
	Port      int    `json:"port" form:"port" gorm:"default:0" validate:"gte=0,lte=65535" example:"8443"`
}

// ToRecord is database/model/model.go:1105 (trimmed to the fields above).
func (c *Client) ToRecord() *ClientRecord {
	rec := &ClientRecord{
		Email:      c.Email,
		SubID:      c.SubID,
		UUID:       c.ID,
		Password:   c.Password,
		Auth:       c.Auth,
		Secret:     c.Secret,
		Flow:       c.Flow,
		LimitIP:    c.LimitIP,
		TotalGB:    c.TotalGB,
		ExpiryTime: c.ExpiryTime,
		Enable:     c.Enable,
		Group:      c.Group,
		Comment:    c.Comment,
		Reset:      c.Reset,
		ResetDay:   c.ResetDay,
		ResetMax:   c.ResetMax,
		CreatedAt:  c.CreatedAt,
		UpdatedAt:  c.UpdatedAt,
	}
	return rec
}

// API token scopes are database/model/model.go:160.
const (
	ApiScopeAdmin    = "admin"
	ApiScopeMonitor  = "monitor"
	ApiScopeNodeSync = "node-sync"
)
