// Package config reproduces h44z/wg-portal c800e7dd343b internal/config (fields trimmed).
package config

// Config reproduces internal/config/config.go:16 (fields trimmed).
type Config struct {
	Core struct {
		AdminUserDisabled                    bool
		AdminUser                            string
		AdminApiToken                        string
		ImportExisting                       bool
		AdminPassword                        string
		CreateDefaultPeerOnLogin             bool
		CreateDefaultPeerOnInterfaceCreation bool
		CreateDefaultPeerOnUserCreation      bool
		SelfProvisioningAllowed              bool
	}
	Advanced struct {
		LimitAdditionalUserPeers int
	}
	Auth Auth
}

// DefaultPeerCreationEnabled reproduces internal/config/config.go:119.
func (c *Config) DefaultPeerCreationEnabled() bool {
	return c.Core.CreateDefaultPeerOnLogin ||
		c.Core.CreateDefaultPeerOnInterfaceCreation ||
		c.Core.CreateDefaultPeerOnUserCreation
}

// Auth reproduces internal/config/auth.go:13 (fields trimmed).
type Auth struct {
	MinPasswordLength int
}

// LdapProvider reproduces internal/config/auth.go:169 (fields trimmed).
type LdapProvider struct {
	ProviderName    string
	SyncLogUserInfo bool
	AutoReEnable    bool
}

// LdapFields reproduces internal/config/auth.go:123 (trimmed).
type LdapFields struct {
	UserIdentifier string
	Email          string
}

// BackendBase reproduces internal/config/backend.go:61.
type BackendBase struct {
	Id          string `yaml:"id"`           // A unique id for the backend
	DisplayName string `yaml:"display_name"` // A display name for the backend

	IgnoredInterfaces []string `yaml:"ignored_interfaces"` // A list of interface names that should be ignored by this backend (e.g., "wg0")
}
