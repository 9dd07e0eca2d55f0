// Package config is trimmed from server/internal/auth/config/config.go (values
// come from t_sys_config through sysapp.Config.GetConfig upstream).
package config

type Oauth2Login struct {
	Enable         bool   `json:"enable"`
	UserIdentifier string `json:"userIdentifier"`
	AutoRegister   bool   `json:"autoRegister"` // 是否自动注册
}

func GetOauth2Login() *Oauth2Login {
	return &Oauth2Login{Enable: true, UserIdentifier: "string:username", AutoRegister: true}
}

type LdapLogin struct {
	Enable bool `json:"enable"`
}

func GetLdapLogin() *LdapLogin {
	return &LdapLogin{Enable: true}
}
