// Package tac reproduces libs/digger_config/terragrunt/tac/config.go:4 (trimmed).
package tac

// Represents an entire digger_config file
type AtlantisConfig struct {
	// Version of the digger_config syntax
	Version int `yaml:"version"`

	// If Atlantis should merge after finishing `atlantis apply`
	AutoMerge bool `yaml:"automerge"`
}
