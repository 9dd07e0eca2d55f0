// Package maintenance reduces upstream config/maintenance to the one method used.
package maintenance

// Config is a maintenance window.
type Config struct {
	Enabled *bool
}

// IsUnderMaintenance reports whether the window is active (reduced: never, in this reproduction).
func (c *Config) IsUnderMaintenance() bool {
	return false
}
