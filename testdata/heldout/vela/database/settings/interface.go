package settings

import (
	"context"
	"example.com/heldout/vela/api/types/settings"
)

// SettingsInterface reproduces database/settings/interface.go (trimmed to the methods the
// reproduced paths call).
type SettingsInterface interface {
	CreateSettingsTable(context.Context, string) error
	CreateSettings(context.Context, *settings.Platform) (*settings.Platform, error)
	GetSettings(context.Context) (*settings.Platform, error)
}
