package cmd

import (
	"strings"

	"example.com/heldout/evcc/core/keys"
	"example.com/heldout/evcc/server/db/settings"
	"example.com/heldout/evcc/util"
	"example.com/heldout/evcc/util/config"
	"example.com/heldout/evcc/util/templates"
)

var log = util.NewLogger("main")

// configureHEMS (trimmed) is called from runRoot (cmd/root.go:367) before
// RegisterSystemHandler mounts /api/config (cmd/root.go:496).
func configureHEMS() (*config.Config, error) {
	// migrate legacy keys.Hems setting (pre-UI) to a device-managed custom entry
	if err := migrateLegacyHemsSetting(); err != nil {
		return nil, err
	}

	return config.ConfigurationByClass(templates.Hems)
}

// migrateLegacyHemsSetting moves a keys.Hems YAML setting to a device-managed custom hems entry.
func migrateLegacyHemsSetting() error {
	raw, err := settings.String(keys.Hems) // safe: start-up single writer: runs once in runRoot before the config API (the only other Hems insert path) is registered; the setting is deleted right after the insert
	if err != nil || strings.TrimSpace(raw) == "" {
		return nil
	}

	_, err = config.AddConfig(templates.Hems,
		map[string]any{"yaml": raw},
		config.WithProperties(config.Properties{Type: "custom"}),
	)
	if err != nil {
		return err
	}

	log.INFO.Println("migrated legacy hems yaml setting to device config")
	return settings.Delete(keys.Hems)
}
