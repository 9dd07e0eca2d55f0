// Package entity reproduces MHSanaei/3x-ui 02002dc1c304 internal/web/entity.
package entity

// AllSetting is web/entity/entity.go (panel settings form, trimmed).
type AllSetting struct {
	WebListen     string `json:"webListen"`
	WebPort       int    `json:"webPort"`
	WebBasePath   string `json:"webBasePath"`
	TgBotEnable   bool   `json:"tgBotEnable"`
	TgBotToken    string `json:"tgBotToken"`
	SessionMaxAge int    `json:"sessionMaxAge"`
}

// HostGroup is web/entity/entity.go:320 (trimmed).
type HostGroup struct {
	GroupId    string   `json:"groupId"`
	InboundIds []int    `json:"inboundIds" validate:"required,min=1"`
	Hosts      []string `json:"hosts" validate:"omitempty"`

	SortOrder int    `json:"sortOrder"`
	Remark    string `json:"remark" validate:"required,max=256"`
	Port      int    `json:"port" validate:"gte=0,lte=65535"`
}
