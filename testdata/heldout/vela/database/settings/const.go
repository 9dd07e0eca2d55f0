package settings

// TableSettings reproduces database/settings/settings.go:13-15.
const (
	TableSettings = "settings"
)
