// Package dto reproduces mlogclub/bbs-go 35f4190d73eb internal/models/dto.
package dto

// OIDCProviderConfig is internal/models/dto/config_dto.go:123.
type OIDCProviderConfig struct {
	Key                  string   `json:"key"`
	Name                 string   `json:"name"`
	Issuer               string   `json:"issuer"`
	ClientId             string   `json:"clientId"`
	ClientSecret         string   `json:"clientSecret"`
	Scopes               []string `json:"scopes"`
	Enabled              bool     `json:"enabled"`
	RequireVerifiedEmail bool     `json:"requireVerifiedEmail"`
}

// LoginConfig is internal/models/dto/config_dto.go:157 (trimmed to WeChat).
type LoginConfig struct {
	WeixinLogin struct {
		Enabled   bool   `json:"enabled"`
		AppId     string `json:"appId"`
		AppSecret string `json:"appSecret"`
	} `json:"weixinLogin"`
}
