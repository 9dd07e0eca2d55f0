// Package config reproduces authorizerdev/authorizer 4ad0758cebf4 internal/config (only the fields used here).
package config

// Config is internal/config/config.go (trimmed).
type Config struct {
	Env                             string
	ClientSecret                    string
	DefaultRoles                    []string
	Roles                           []string
	ProtectedRoles                  []string
	EnableSignup                    bool
	EnableBasicAuthentication       bool
	EnableMobileBasicAuthentication bool
	EnableMagicLinkLogin            bool
	EnableEmailVerification         bool
	EnablePhoneVerification         bool
	IsEmailServiceEnabled           bool
	IsSMSServiceEnabled             bool
	EnforceMFA                      bool
}
