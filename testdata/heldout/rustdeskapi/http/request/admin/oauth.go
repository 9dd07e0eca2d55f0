// Package admin reproduces lejianwen/rustdesk-api c5687e150615 http/request/admin.
package admin

import "example.com/heldout/rustdeskapi/model"

// OauthForm reproduces http/request/admin/oauth.go:17.
type OauthForm struct {
	Id           uint   `json:"id"`
	Op           string `json:"op" validate:"omitempty"`
	OauthType    string `json:"oauth_type" validate:"required"`
	Issuer       string `json:"issuer" validate:"omitempty,url"`
	Scopes       string `json:"scopes" validate:"omitempty"`
	ClientId     string `json:"client_id" validate:"required"`
	ClientSecret string `json:"client_secret" validate:"required"`
	AutoRegister *bool  `json:"auto_register"`
	PkceEnable   *bool  `json:"pkce_enable"`
	PkceMethod   string `json:"pkce_method"`
}

// ToOauth reproduces http/request/admin/oauth.go:30.
func (of *OauthForm) ToOauth() *model.Oauth {
	oa := &model.Oauth{
		Op:           of.Op,
		OauthType:    of.OauthType,
		ClientId:     of.ClientId,
		ClientSecret: of.ClientSecret,
		AutoRegister: of.AutoRegister,
		Issuer:       of.Issuer,
		Scopes:       of.Scopes,
		PkceEnable:   of.PkceEnable,
		PkceMethod:   of.PkceMethod,
	}
	oa.Id = of.Id
	return oa
}
