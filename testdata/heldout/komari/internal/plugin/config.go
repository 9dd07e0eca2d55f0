// Package plugin reproduces internal/plugin/config.go of komari-monitor/komari
// da4d5187c1b1 (saved plugin configuration; manifest merging trimmed).
package plugin

import (
	"encoding/json"
	"errors"
	"fmt"

	"example.com/heldout/komari/database/dbcore"
	"example.com/heldout/komari/database/models"
	"gorm.io/gorm"
)

func savedConfiguration(short string) (map[string]any, error) {
	db := dbcore.GetDBInstance()
	var cfg models.PluginConfiguration
	if err := db.Where("short = ?", short).First(&cfg).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return map[string]any{}, nil
		}
		return nil, fmt.Errorf("read plugin configuration: %w", err)
	}
	var data map[string]any
	if err := json.Unmarshal([]byte(cfg.Data), &data); err != nil || data == nil {
		return map[string]any{}, nil
	}
	return data, nil
}

// GetConfiguration reproduces config.go:20 (manifest defaults trimmed).
func GetConfiguration(short string) (map[string]any, error) {
	return savedConfiguration(short)
}

// SaveConfiguration upserts the configuration values of one plugin.
// (config.go:68). Assign + FirstOrCreate is gorm's SELECT ... LIMIT 1, then an
// INSERT when no row was found (an UPDATE otherwise), with no transaction or
// ON CONFLICT; plugin_configurations.short is the primary key
// (models/plugin.go:84). Two saves of a plugin that has no row yet both
// insert; the second fails on the primary key and the admin gets an error.
func SaveConfiguration(short string, data map[string]any) error {
	if data == nil {
		data = map[string]any{}
	}
	raw, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("marshal plugin configuration: %w", err)
	}
	db := dbcore.GetDBInstance()
	if err := db.Where("short = ?", short). // race
						Assign(models.PluginConfiguration{Short: short, Data: string(raw)}).
						FirstOrCreate(&models.PluginConfiguration{}).Error; err != nil {
		return fmt.Errorf("save plugin configuration: %w", err)
	}
	return nil
}
