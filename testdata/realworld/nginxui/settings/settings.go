// Package settings reproduces 0xJacky/nginx-ui 1df16d75f689 settings (the fields read by the reproduced code).
package settings

// CertSettingsT is settings/cert.go (trimmed).
type CertSettingsT struct {
	Email string
	CADir string
}

// GetCADir is settings/cert.go GetCADir.
func (c *CertSettingsT) GetCADir() string { return c.CADir }

// AuthSettingsT is settings/auth.go (trimmed).
type AuthSettingsT struct {
	BanThresholdMinutes int
}

// NodeSettingsT is settings/node.go (trimmed).
type NodeSettingsT struct {
	SkipInstallation bool
}

// Settings instances.
var (
	CertSettings = &CertSettingsT{}
	AuthSettings = &AuthSettingsT{BanThresholdMinutes: 10}
	NodeSettings = &NodeSettingsT{}
)
