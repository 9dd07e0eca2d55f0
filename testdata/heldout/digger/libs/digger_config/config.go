// Package digger_config reproduces the parts of libs/digger_config that the
// reproduced sites use (DiggerConfig/Project from config.go:14-70,
// DiggerConfigYaml/ProjectYaml from yaml.go:10-66), trimmed.
package digger_config

type DiggerConfig struct {
	ApplyAfterMerge bool
	AllowDraftPRs   bool
	PrLocks         bool
	Projects        []Project
}

type Project struct {
	BlockName string // the block name if this is a generated project
	Name      string
	Branch    string
	Dir       string
	Workspace string
}

type DiggerConfigYaml struct {
	PrLocks  *bool          `yaml:"pr_locks"`
	Projects []*ProjectYaml `yaml:"projects"`
}

type ProjectYaml struct {
	BlockName string `yaml:"block_name"`
	Name      string `yaml:"name"`
	Dir       string `yaml:"dir"`
	Workspace string `yaml:"workspace"`
}
